using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using SkiaSharp;

namespace InvestAid.Dossiers;

/// <summary>
/// A document must parse as the type its content claims (docs/security.md): a PDF has a structure PdfPig reads (cross-references,
/// trailer, catalog, every page) and no JavaScript, launch actions, embedded files or executables, also inside its compressed streams; a PNG or
/// JPEG decodes with Skia; an Office file is a package the Open XML SDK opens,
/// without macros, ActiveX or embedded objects. <see cref="Problem"/> says what is wrong, or null.
/// </summary>
public static class DocumentContentChecks
{
    private const long MaxInflatedBytes = 64L * 1024 * 1024;

    /// <summary>
    /// The most pixels an uploaded image may have: an A4 page scanned at 600 dpi has about 35 million. The check decodes the
    /// whole image (4 bytes a pixel), so this also bounds the memory one upload's check takes.
    /// </summary>
    public const long MaxImagePixels = 40_000_000;

    private static readonly string[] PdfActive = ["/JavaScript", "/JS", "/Launch", "/EmbeddedFile", "/EmbeddedFiles", "/RichMedia", "/XFA"];
    private static readonly byte[][] Executables =
    [
        "This program cannot be run in DOS mode"u8.ToArray(),
        "This program must be run under Win32"u8.ToArray(),
        [0x7F, (byte)'E', (byte)'L', (byte)'F', 0x02, 0x01],
        [0x7F, (byte)'E', (byte)'L', (byte)'F', 0x01, 0x01],
    ];

    public static string? Problem(Stream content, string contentType)
    {
        content.Position = 0;
        try
        {
            return contentType switch
            {
                DocumentContentTypes.Pdf => Pdf(ReadAll(content)),
                DocumentContentTypes.Png => Image(ReadAll(content), SKEncodedImageFormat.Png, "Ảnh PNG hỏng hoặc không đọc được."),
                DocumentContentTypes.Jpeg => Image(ReadAll(content), SKEncodedImageFormat.Jpeg, "Ảnh JPEG hỏng hoặc không đọc được."),
                DocumentContentTypes.Docx or DocumentContentTypes.Xlsx => Office(content, contentType),
                _ => "Kiểu tệp không được nhận.",
            };
        }
        finally
        {
            content.Position = 0;
        }
    }

    private static byte[] ReadAll(Stream content)
    {
        using var copy = new MemoryStream();
        content.CopyTo(copy);
        return copy.ToArray();
    }

    private static string? Pdf(byte[] bytes)
    {
        const string broken = "Tệp PDF không đọc được (cấu trúc hỏng hoặc không phải PDF).";
        if (!ReadablePdf(bytes))
        {
            return broken;
        }
        var text = Encoding.Latin1.GetString(bytes);
        if (ContainsExecutable(bytes))
        {
            return "Tệp PDF chứa chương trình chạy được.";
        }
        if (ActiveContent(text) is { } found)
        {
            return $"Tệp PDF chứa nội dung chủ động ({found}): không nhận.";
        }
        // The same inside the compressed streams (object streams hide dictionaries there).
        long inflated = 0;
        var at = 0;
        while ((at = text.IndexOf("stream", at, StringComparison.Ordinal)) >= 0)
        {
            var start = at + "stream".Length;
            at = start;
            if (start >= 9 && text.AsSpan(start - 9, 3).SequenceEqual("end"))
            {
                continue;
            }
            if (start < text.Length && text[start] == '\r')
            {
                start++;
            }
            if (start >= text.Length || text[start] != '\n')
            {
                continue;
            }
            start++;
            var end = text.IndexOf("endstream", start, StringComparison.Ordinal);
            if (end < 0)
            {
                return broken;
            }
            var data = Inflate(bytes.AsSpan(start, end - start).ToArray(), MaxInflatedBytes - inflated);
            if (data is not null)
            {
                inflated += data.Length;
                if (ContainsExecutable(data))
                {
                    return "Tệp PDF chứa chương trình chạy được.";
                }
                if (ActiveContent(Encoding.Latin1.GetString(data)) is { } hidden)
                {
                    return $"Tệp PDF chứa nội dung chủ động ({hidden}): không nhận.";
                }
            }
            at = end + "endstream".Length;
        }
        return null;
    }

    /// <summary>
    /// The structure is readable by PdfPig: header, cross-references (rebuilt from the objects if their offsets are off, as
    /// readers do), a trailer with a document catalog and a page tree whose every page opens.
    /// </summary>
    private static bool ReadablePdf(byte[] bytes)
    {
        try
        {
            using var document = UglyToad.PdfPig.PdfDocument.Open(bytes);
            if (document.NumberOfPages < 1)
            {
                return false;
            }
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                _ = document.GetPage(number).MediaBox;
            }
            return true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            // PdfPig reports a broken file with several exception types (format, parsing, out of range, null references).
            return false;
        }
    }

    private static string? ActiveContent(string text)
    {
        // Names may be written with #xx escapes (/J#61vaScript): compare the decoded names.
        var decoded = System.Text.RegularExpressions.Regex.Replace(text, "#([0-9A-Fa-f]{2})",
            m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
        foreach (var name in PdfActive)
        {
            var i = 0;
            while ((i = decoded.IndexOf(name, i, StringComparison.Ordinal)) >= 0)
            {
                var after = i + name.Length;
                if (after >= decoded.Length || !char.IsLetterOrDigit(decoded[after]))
                {
                    return name;
                }
                i = after;
            }
        }
        return null;
    }

    private static byte[]? Inflate(byte[] data, long limit)
    {
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = zlib.Read(buffer)) > 0)
            {
                output.Write(buffer, 0, read);
                if (output.Length > limit)
                {
                    break;
                }
            }
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static bool ContainsExecutable(ReadOnlySpan<byte> bytes)
    {
        foreach (var marker in Executables)
        {
            if (bytes.IndexOf(marker) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The image decodes with Skia (the codec of the declared format reads the header and every pixel: PNG chunks and checksums,
    /// JPEG segments and scan), within <see cref="MaxImagePixels"/>, and carries no executable.
    /// </summary>
    private static string? Image(byte[] bytes, SKEncodedImageFormat format, string broken)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat != format)
        {
            return broken;
        }
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        if (info.Width <= 0 || info.Height <= 0 || (long)info.Width * info.Height > MaxImagePixels)
        {
            return broken;
        }
        return Decodes(codec, info) ? ContainsExecutable(bytes) ? "Ảnh chứa chương trình chạy được." : null : broken;
    }

    /// <summary>Every pixel decodes.</summary>
    private static bool Decodes(SKCodec codec, SKImageInfo info)
    {
        using var bitmap = new SKBitmap(info);
        return codec.GetPixels(info, bitmap.GetPixels()) == SKCodecResult.Success;
    }

    private static string? Office(Stream content, string contentType)
    {
        const string broken = "Tệp Word/Excel không mở được (gói Office hỏng).";
        try
        {
            using (var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true))
            {
                foreach (var entry in zip.Entries)
                {
                    var name = entry.FullName.ToLowerInvariant();
                    if (name.EndsWith("vbaproject.bin", StringComparison.Ordinal) || name.Contains("vbadata", StringComparison.Ordinal))
                    {
                        return "Tệp chứa macro: không nhận.";
                    }
                    if (name.Contains("/activex/", StringComparison.Ordinal) || name.Contains("/embeddings/", StringComparison.Ordinal)
                        || name.EndsWith(".exe", StringComparison.Ordinal) || name.EndsWith(".dll", StringComparison.Ordinal))
                    {
                        return "Tệp chứa đối tượng nhúng hoặc chương trình: không nhận.";
                    }
                }
                var types = zip.GetEntry("[Content_Types].xml");
                using var reader = new StreamReader(types!.Open());
                if (reader.ReadToEnd().Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
                {
                    return "Tệp chứa macro: không nhận.";
                }
            }
            content.Position = 0;
            var settings = new OpenSettings { AutoSave = false };
            if (contentType == DocumentContentTypes.Docx)
            {
                using var document = WordprocessingDocument.Open(content, false, settings);
                return document.MainDocumentPart?.Document is null ? broken : null;
            }
            using var workbook = SpreadsheetDocument.Open(content, false, settings);
            return workbook.WorkbookPart?.Workbook is null ? broken : null;
        }
        catch (Exception ex) when (ex is InvalidDataException or OpenXmlPackageException or IOException or System.Xml.XmlException or InvalidOperationException or ArgumentException)
        {
            return broken;
        }
    }
}
