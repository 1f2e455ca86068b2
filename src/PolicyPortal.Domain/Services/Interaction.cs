namespace PolicyPortal.Domain.Services;

[Flags]
public enum Interaction
{
    None = 0,
    /// <summary>Calls, video conferences.</summary>
    Synchronous = 1,
    /// <summary>Messages, files, appeals.</summary>
    Asynchronous = 2,
    Both = Synchronous | Asynchronous,
}
