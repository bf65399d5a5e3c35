using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace InvestAid.Common;

/// <summary>
/// Refuses a workbook before any cell is read (docs/security.md): the first sheet's declared dimension (<c>&lt;dimension ref="A1:K1048576"/&gt;</c>),
/// the row numbers it declares and its count of non-empty rows must stay within the row limit. The sheet's XML is streamed once
/// without building cells, so a sheet claiming a million rows (or holding a million empty ones) is refused in well under a second.
/// </summary>
public static class XlsxSheetPrecheck
{
    /// <summary>A sheet's XML larger than this (uncompressed) is refused outright.</summary>
    public const long MaxSheetXmlBytes = 512L * 1024 * 1024;

    /// <summary>Null when the first sheet is within <paramref name="maxRows"/> data rows (plus the header), else why not.</summary>
    public static string? Problem(Stream xlsx, int maxRows)
    {
        var limit = maxRows + 1L;
        var start = xlsx.Position;
        try
        {
            using var zip = new ZipArchive(xlsx, ZipArchiveMode.Read, leaveOpen: true);
            var sheet = zip.Entries
                .Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.OrdinalIgnoreCase) && e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                .OrderBy(e => e.FullName.Length).ThenBy(e => e.FullName, StringComparer.OrdinalIgnoreCase)
                .FirstOrDefault();
            if (sheet is null)
            {
                return null; // not a workbook: the reader says so
            }
            if (sheet.Length > MaxSheetXmlBytes)
            {
                return TooMany(maxRows);
            }
            using var reader = XmlReader.Create(sheet.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true, XmlResolver = null });
            long nonEmpty = 0;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }
                if (reader.LocalName == "dimension" && LastRow(reader.GetAttribute("ref")) is { } declared && declared > limit)
                {
                    return TooMany(maxRows);
                }
                if (reader.LocalName == "row")
                {
                    if (long.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > limit)
                    {
                        return TooMany(maxRows);
                    }
                    if (!reader.IsEmptyElement && HasValue(reader) && ++nonEmpty > limit)
                    {
                        return TooMany(maxRows);
                    }
                }
            }
            return null;
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException)
        {
            return null; // unreadable: the reader answers with its own message
        }
        finally
        {
            xlsx.Position = start;
        }
    }

    /// <summary>Reads the row's cells (without keeping them) and says whether any holds a value; leaves the reader at the row's end.</summary>
    private static bool HasValue(XmlReader reader)
    {
        var depth = reader.Depth;
        var found = false;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "v" or "t" or "f")
            {
                found = true;
            }
        }
        return found;
    }

    private static long? LastRow(string? reference)
    {
        if (reference is null)
        {
            return null;
        }
        var last = reference[(reference.IndexOf(':') + 1)..];
        var digits = new string([.. last.SkipWhile(char.IsLetter)]);
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : null;
    }

    private static string TooMany(int maxRows) => $"Một tệp nhập tối đa {maxRows:N0} dòng (tệp khai báo hoặc chứa nhiều dòng hơn).";
}
