namespace InvestAid.Dossiers;

public sealed record DossierDocumentDto(Guid Id, string FileName, string ContentType, long Size, string Sha256, string? UploadedBy, DateTimeOffset UploadedAt);
