using PolicyPortal.Domain.Documents;

namespace PolicyPortal.Domain.Import;

/// <summary>What the importer made of a text, and what it guessed or could not place (in Russian, for the user).</summary>
public sealed class ImportResult(DocumentContent content, IReadOnlyList<string> notes)
{
    public DocumentContent Content { get; } = content;
    public IReadOnlyList<string> Notes { get; } = notes;
}
