using FluentValidation.Results;

namespace PolicyPortal.Domain.Documents;

/// <summary>The outcome of <see cref="PublicationCheck"/> split the way the UI shows it: errors block, warnings advise.</summary>
public sealed record CheckResult(IReadOnlyList<ValidationFailure> Errors, IReadOnlyList<ValidationFailure> Warnings)
{
    public bool CanPublish => Errors.Count == 0;
}

public static class CheckResultExtensions
{
    public static CheckResult ToCheckResult(this ValidationResult result) => new(
        [.. result.Errors.Where(f => f.Severity == FluentValidation.Severity.Error)],
        [.. result.Errors.Where(f => f.Severity != FluentValidation.Severity.Error)]);

    public static CheckResult Check(this PublicationCheck check, DocumentContent content) => check.Validate(content).ToCheckResult();
}
