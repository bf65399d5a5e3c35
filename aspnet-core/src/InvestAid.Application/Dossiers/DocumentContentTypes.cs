using System.IO.Compression;

namespace InvestAid.Dossiers;

/// <summary>
/// The kinds of file a dossier takes, recognised by their content (magic bytes), never by name or declared type:
/// PDF, Word (docx), Excel (xlsx), PNG, JPEG.
/// </summary>
public static class DocumentContentTypes
{
    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The content type of a seekable stream's content, or null when it is none of the accepted kinds.</summary>
    public static string? Detect(Stream content)
    {
        var head = new byte[8];
        content.Position = 0;
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        var span = head.AsSpan(0, read);
        if (span.StartsWith(PdfMagic))
        {
            return Pdf;
        }
        if (span.StartsWith(PngMagic))
        {
            return Png;
        }
        if (span.StartsWith(JpegMagic))
        {
            return Jpeg;
        }
        return span.StartsWith(ZipMagic) ? DetectOfficeOpenXml(content) : null;
    }

    // docx and xlsx are ZIP packages; the part that makes them a document or a workbook says which.
    private static string? DetectOfficeOpenXml(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (!names.Contains("[Content_Types].xml"))
            {
                return null;
            }
            return names.Contains("word/document.xml") ? Docx : names.Contains("xl/workbook.xml") ? Xlsx : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
        finally
        {
            content.Position = 0;
        }
    }
}
