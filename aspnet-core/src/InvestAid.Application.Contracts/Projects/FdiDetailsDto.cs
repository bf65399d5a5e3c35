namespace InvestAid.Projects;

public sealed record FdiDetailsDto(string? IrcNumber, DateOnly? IrcDate, int? DurationYears);
