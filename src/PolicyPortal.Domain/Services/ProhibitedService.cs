namespace PolicyPortal.Domain.Services;

/// <summary>A foreign messenger on Roskomnadzor's list, as of the date it was added to our dictionary.</summary>
public sealed class ProhibitedService
{
    public const int MaxNameLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public string Name { get; set; } = "";
    /// <summary>The date of the list this entry was taken from.</summary>
    public DateOnly AsOf { get; set; }
}
