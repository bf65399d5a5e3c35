using InvestAid.Common;

namespace InvestAid.Dossiers;

/// <summary>A file of a dossier. The bytes live in content-addressed storage under <see cref="Sha256"/>; the name is only shown.</summary>
public sealed class DossierDocument : Entity
{
    private DossierDocument() { }

    internal DossierDocument(Guid dossierId, string fileName, string contentType, long size, string sha256, string? uploadedBy, DateTimeOffset uploadedAt)
    {
        DossierId = dossierId;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
    }

    public Guid DossierId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    /// <summary>Lower-case hex SHA-256 of the content: the storage key.</summary>
    public string Sha256 { get; private set; } = "";
    public string? UploadedBy { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }
}
