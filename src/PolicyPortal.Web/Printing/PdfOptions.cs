namespace PolicyPortal.Web.Printing;

/// <summary>Configuration section «Pdf».</summary>
public sealed class PdfOptions
{
    public const string Section = "Pdf";

    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>The browser is shut down after this long without a render.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Pages rendering at once; never more than the processor count.</summary>
    public int MaxPages { get; set; } = 2;

    /// <summary>
    /// Chromium's sandbox. Unset: on, unless the portal runs as root (Chromium cannot sandbox itself there; a warning is
    /// logged — run the portal as an unprivileged user). True: always on (as root Chromium then refuses to start).
    /// False: off (only for containers that forbid the namespaces the sandbox needs).
    /// </summary>
    public bool? Sandbox { get; set; }

    /// <summary>How often pending PDFs are rendered again.</summary>
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromMinutes(1);
}
