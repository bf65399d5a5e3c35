namespace InvestAid.Dossiers;

/// <summary>
/// A document of a dossier. <see cref="UploadedBy"/> is the uploader's full name (their e-mail when no user has that address),
/// <see cref="UploadedByEmail"/> their e-mail address, for a hover or a link.
/// </summary>
public sealed record DossierDocumentDto(Guid Id, string FileName, string ContentType, long Size, string Sha256, string? UploadedBy, DateTimeOffset UploadedAt,
    string? UploadedByEmail = null);
