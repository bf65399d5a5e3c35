using InvestAid.Common;

namespace InvestAid.Reports;

/// <summary>
/// A published monthly FDI summary: its figures frozen as JSON. Never changed; republishing adds the next
/// revision, so what was reported upward stays on record beside what was corrected later.
/// </summary>
public sealed class FdiReportSnapshot : Entity
{
    private FdiReportSnapshot() { }

    public FdiReportSnapshot(int year, int month, DateOnly cutoff, int revision, string figuresJson, DateTimeOffset publishedAt, string publishedBy)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(revision, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(figuresJson);
        Year = year;
        Month = month;
        Cutoff = cutoff;
        Revision = revision;
        FiguresJson = figuresJson;
        PublishedAt = publishedAt;
        PublishedBy = publishedBy;
    }

    public int Year { get; private set; }
    public int Month { get; private set; }
    public DateOnly Cutoff { get; private set; }
    public int Revision { get; private set; }
    public string FiguresJson { get; private set; } = "";
    public DateTimeOffset PublishedAt { get; private set; }
    public string PublishedBy { get; private set; } = "";
}
