namespace InvestAid.Reports;

public interface IReportTemplateRepository
{
    /// <summary>The version in use (the latest), with its content; null while the shipped template is in use.</summary>
    Task<ReportTemplate?> LatestAsync(CancellationToken cancellationToken = default);

    /// <summary>Every version, newest first, without content.</summary>
    Task<IReadOnlyList<ReportTemplateVersion>> VersionsAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds a version; false when another caller added the same version number first.</summary>
    Task<bool> TryAddAsync(ReportTemplate template, CancellationToken cancellationToken = default);
}

/// <summary>A stored template version without its content.</summary>
public sealed record ReportTemplateVersion(int Version, string FileName, int Size, DateTimeOffset UploadedAt, string UploadedBy, uint ConcurrencyToken);
