namespace PolicyPortal.Web.Printing;

/// <summary>The browser that prints PDFs could not be started or died; the message is for the director, in Russian.</summary>
public sealed class PdfUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
