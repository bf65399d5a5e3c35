namespace InvestAid.Reports;

/// <summary>One published revision of a month's summary.</summary>
public sealed record FdiPublicationDto(int Year, int Month, DateOnly Cutoff, int Revision, DateTimeOffset PublishedAt, string PublishedBy);
