namespace PolicyPortal.Domain;

/// <summary>A broken domain rule. Pages turn user mistakes into validation messages before this can happen.</summary>
public sealed class DomainException(string message) : Exception(message);
