namespace PolicyPortal.Domain.Documents;

public enum DocumentKind
{
    /// <summary>Приказ with its appendices.</summary>
    Order,
    /// <summary>A Положение issued with its own number and date, approved by the director, with no separate order.</summary>
    StandaloneRegulation,
}

public enum DocumentStatus
{
    Draft,
    Published,
    Superseded,
}
