namespace PolicyPortal.Domain.Acknowledgements;

/// <summary>
/// The dates a paper acknowledgement may carry: from the day the version was published (nobody signs a sheet before the
/// document exists) to today (nobody records a signature that has not happened).
/// </summary>
public sealed record PaperDateWindow(DateOnly PublishedOn, DateOnly Today)
{
    public const string Message = "Дата не может быть раньше публикации документа или позже сегодняшнего дня.";

    public bool Accepts(DateOnly date) => date >= PublishedOn && date <= Today;
}
