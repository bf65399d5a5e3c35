using InvestAid.Common;

namespace InvestAid.Reports;

/// <summary>
/// One version of the Word template the periodic report is drafted into. Never changed: replacing the template adds the next
/// version, so every earlier one stays on record; the latest is the one in use.
/// </summary>
public sealed class ReportTemplate : Entity
{
    private ReportTemplate() { }

    public ReportTemplate(int version, string fileName, byte[] content, DateTimeOffset uploadedAt, string uploadedBy)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(content);
        Version = version;
        FileName = fileName;
        Content = content;
        Size = content.Length;
        UploadedAt = uploadedAt;
        UploadedBy = uploadedBy;
    }

    public int Version { get; private set; }
    public string FileName { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
    public int Size { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }
    public string UploadedBy { get; private set; } = "";
    /// <summary>PostgreSQL's xmin: the ETag of the template in use, which a replacement must name (If-Match).</summary>
    public uint ConcurrencyToken { get; private set; }
}
