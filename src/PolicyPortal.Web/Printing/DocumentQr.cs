using System.Globalization;
using QRCoder;

namespace PolicyPortal.Web.Printing;

/// <summary>The QR code requisite (ГОСТ Р 7.0.97-2025): a link to the document's public page, bottom right of page 1.</summary>
public static class DocumentQr
{
    private const int PixelsPerModule = 8;
    private const double PrintedSizeMm = 17;

    public static byte[] Png(string payload)
    {
        using var data = QRCodeGenerator.GenerateQrCode(payload, QRCodeGenerator.ECCLevel.L);
        return new PngByteQRCode(data).GetGraphic(PixelsPerModule, drawQuietZones: false);
    }

    /// <summary>
    /// A CSS image that prints at <see cref="PrintedSizeMm"/> whatever the code's version: image-set's density tells
    /// Chromium how many image pixels go into one CSS pixel (96 per inch), so the bitmap stays sharp.
    /// </summary>
    public static string CssImage(string payload)
    {
        var png = Png(payload);
        var widthPx = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
        var density = widthPx / (PrintedSizeMm / 25.4 * 96);
        return $"image-set(url(\"data:image/png;base64,{Convert.ToBase64String(png)}\") {density.ToString("0.###", CultureInfo.InvariantCulture)}x)";
    }
}
