namespace InvestAid.Dossiers;

/// <summary>Who submitted the dossier (người nộp hồ sơ): a name and how to reach them.</summary>
public sealed record ApplicantDto(string Name, string? Contact);
