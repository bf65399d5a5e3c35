namespace InvestAid.Reports;

/// <summary>A stored version of the periodic report's Word template; <see cref="ETag"/> is what a replacement names in If-Match.</summary>
public sealed record ReportTemplateVersionDto(int Version, string FileName, int Size, DateTimeOffset UploadedAt, string UploadedBy, string ETag, bool InUse);
