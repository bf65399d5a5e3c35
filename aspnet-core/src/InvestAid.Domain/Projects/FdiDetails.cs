namespace InvestAid.Projects;

/// <summary>What an FDI project has of its own: the investment registration certificate (IRC, giấy chứng nhận đăng ký đầu tư).</summary>
public sealed record FdiDetails(string? IrcNumber, DateOnly? IrcDate, int? DurationYears);
