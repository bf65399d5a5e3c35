using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace InvestAid.Dossiers;

/// <summary>
/// A document must parse as the type its content claims (docs/security.md): a PDF has a structure PdfPig reads (cross-references,
/// trailer, catalog, every page) and no JavaScript, launch actions, embedded files or executables, also inside its compressed streams; a PNG's chunks
/// and checksums are whole and a JPEG's segments lead to a frame and an image; an Office file is a package the Open XML SDK opens,
/// without macros, ActiveX or embedded objects. <see cref="Problem"/> says what is wrong, or null.
/// </summary>
public static class DocumentContentChecks
{
    private const long MaxInflatedBytes = 64L * 1024 * 1024;

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
                DocumentContentTypes.Png => Png(ReadAll(content)),
                DocumentContentTypes.Jpeg => Jpeg(ReadAll(content)),
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

    private static string? Png(byte[] bytes)
    {
        const string broken = "Ảnh PNG hỏng hoặc không đọc được.";
        var at = 8;
        var first = true;
        while (at + 12 <= bytes.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(at));
            if (length > int.MaxValue || at + 12 + (long)length > bytes.Length)
            {
                return broken;
            }
            var type = Encoding.ASCII.GetString(bytes, at + 4, 4);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(at + 8 + (int)length));
            if (Crc32(bytes.AsSpan(at + 4, 4 + (int)length)) != crc)
            {
                return broken;
            }
            if (first)
            {
                if (type != "IHDR" || length != 13 || BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(at + 8)) == 0
                    || BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(at + 12)) == 0)
                {
                    return broken;
                }
                first = false;
            }
            at += 12 + (int)length;
            if (type == "IEND")
            {
                return ContainsExecutable(bytes) ? "Ảnh chứa chương trình chạy được." : null;
            }
        }
        return broken;
    }

    private static string? Jpeg(byte[] bytes)
    {
        const string broken = "Ảnh JPEG hỏng hoặc không đọc được.";
        var at = 2;
        var frame = false;
        while (at + 4 <= bytes.Length)
        {
            if (bytes[at] != 0xFF)
            {
                return broken;
            }
            var marker = bytes[at + 1];
            if (marker == 0xFF)
            {
                at++;
                continue;
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(at + 2));
            if (length < 2 || at + 2 + length > bytes.Length)
            {
                return broken;
            }
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (length < 8 || BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(at + 5)) == 0 || BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(at + 7)) == 0)
                {
                    return broken;
                }
                frame = true;
            }
            if (marker == 0xDA)
            {
                // The scan runs to the end-of-image marker at the end of the file.
                var end = bytes.Length;
                while (end > at && bytes[end - 1] == 0x00)
                {
                    end--;
                }
                if (!frame || end < 2 || bytes[end - 2] != 0xFF || bytes[end - 1] != 0xD9)
                {
                    return broken;
                }
                return ContainsExecutable(bytes) ? "Ảnh chứa chương trình chạy được." : null;
            }
            at += 2 + length;
        }
        return broken;
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

    private static readonly uint[] CrcTable = BuildCrcTable();

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            table[n] = c;
        }
        return table;
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var c = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            c = CrcTable[(c ^ b) & 0xFF] ^ (c >> 8);
        }
        return c ^ 0xFFFFFFFFu;
    }
}
