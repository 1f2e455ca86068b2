namespace PolicyPortal.Domain.Staff;

/// <summary>
/// An e-mail address a mail server can deliver to: one «@», a name before it, and a domain with a dot and a top-level
/// part of letters after it («petrov@uvarovo-college» is not one). Stricter than FluentValidation's «contains @».
/// </summary>
public static class EmailAddresses
{
    public static bool IsWellFormed(string? text)
    {
        var email = text?.Trim() ?? "";
        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != email.LastIndexOf('@') || email.Any(c => char.IsWhiteSpace(c) || c is ',' or ';' or '<' or '>' or '(' or ')' or '"'))
        {
            return false;
        }

        var local = email[..at];
        var domain = email[(at + 1)..];
        var labels = domain.Split('.');
        return !local.StartsWith('.') && !local.EndsWith('.') && !local.Contains("..", StringComparison.Ordinal)
            && labels.Length >= 2
            && labels.All(l => l.Length > 0 && l.All(c => char.IsLetterOrDigit(c) || c == '-') && !l.StartsWith('-') && !l.EndsWith('-'))
            && labels[^1].Length >= 2 && labels[^1].All(char.IsLetter);
    }

    /// <summary>The form Identity stores in NormalizedEmail.</summary>
    public static string Normalize(string email) => email.Trim().ToUpperInvariant();
}
