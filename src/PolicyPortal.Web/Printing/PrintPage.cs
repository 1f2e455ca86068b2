namespace PolicyPortal.Web.Printing;

/// <summary>The page-level chrome around a partial printed on its own: title, inlined CSS, QR code, «ПРОЕКТ» watermark.</summary>
/// <param name="PartialName">A partial in Pages/Shared/Printing, e.g. «_Document».</param>
/// <param name="QrCssImage">The QR code as a CSS image for the bottom-right margin of page 1, or null for none.</param>
public sealed record PrintPage(string Title, string PartialName, object Model, string Css, string? QrCssImage, bool IsDraft);
