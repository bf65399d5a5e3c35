using InvestAid.Validation;
using FluentValidation;
using FluentValidation.Results;
using InvestAid.Common;
using InvestAid.Workflows.Runtime;

namespace InvestAid.Dossiers;

/// <summary>Documents of a dossier: upload (type by content, size, virus-scan hook, stored once by hash) and download.</summary>
public sealed class DossierDocumentService(
    DossierAppService dossiers, IUnitOfWork unitOfWork, DocumentStorage storage, IDocumentScanner scanner, ICurrentUser user, TimeProvider clock)
{
    public async Task<DossierDocumentDto> UploadAsync(Guid dossierId, string? fileName, Stream content, Actor actor, CancellationToken ct)
    {
        var (dossier, project, _) = await dossiers.LoadVisibleAsync(dossierId, actor, ct);
        if (!DossierAccess.CanAddDocuments(actor, user.Id, project))
        {
            throw new ForbiddenException("Chỉ cán bộ của Sở hoặc chủ dự án được nộp tài liệu.");
        }

        var staged = await storage.StageAsync(content, ct);
        try
        {
            if (staged.Size > DossierConsts.MaxDocumentBytes)
            {
                throw new DomainException(DossierErrorCodes.DocumentTooLarge, "Tệp lớn hơn 25 MB.");
            }
            string? contentType;
            await using (var file = File.OpenRead(staged.Path))
            {
                contentType = DocumentContentTypes.Detect(file);
                if (contentType is null)
                {
                    throw Invalid(ValidationText.Get("document.type"));
                }
                if (DocumentContentChecks.Problem(file, contentType) is { } problem)
                {
                    throw Invalid(problem);
                }
                file.Position = 0;
                if (!await scanner.IsCleanAsync(file, ct))
                {
                    throw Invalid(ValidationText.Get("document.unsafe"));
                }
            }

            var name = CleanName(fileName);
            var document = dossier.AttachDocument(name, contentType, staged.Size, staged.Sha256, user.Name, clock.GetUtcNow());
            storage.Commit(staged);
            await unitOfWork.SaveChangesAsync(ct);
            return document.ToDto(await dossiers.PeopleAsync([document.UploadedBy], ct));
        }
        finally
        {
            DocumentStorage.Discard(staged);
        }
    }

    public async Task<(DossierDocumentDto Document, Stream Content)> DownloadAsync(Guid dossierId, Guid documentId, Actor actor, CancellationToken ct)
    {
        var (dossier, _, _) = await dossiers.LoadVisibleAsync(dossierId, actor, ct);
        var document = dossier.Documents.FirstOrDefault(d => d.Id == documentId) ?? throw new NotFoundException("tài liệu", documentId);
        return (document.ToDto(await dossiers.PeopleAsync([document.UploadedBy], ct)), storage.OpenRead(document.Sha256));
    }

    /// <summary>
    /// The name is only a label: its last segment, in Unicode NFC, without control and format characters (so no bidi override such as
    /// U+202E can make "evil‮fdp.exe" read as "evilexe.pdf"), within the column's length.
    /// </summary>
    internal static string CleanName(string? fileName)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        // A lone surrogate cannot be normalised: it is dropped.
        name = new string([.. name.Where((c, i) => !char.IsSurrogate(c) || (char.IsHighSurrogate(c) ? i + 1 < name.Length && char.IsLowSurrogate(name[i + 1])
            : i > 0 && char.IsHighSurrogate(name[i - 1])))]).Normalize(System.Text.NormalizationForm.FormC);
        name = new string([.. name.Where(c => !char.IsControl(c) && char.GetUnicodeCategory(c) is not System.Globalization.UnicodeCategory.Format
            and not System.Globalization.UnicodeCategory.LineSeparator and not System.Globalization.UnicodeCategory.ParagraphSeparator)]).Trim();
        if (name.Length == 0 || name is "." or "..")
        {
            name = "tai-lieu";
        }
        return name.Length > DossierConsts.MaxFileNameLength ? name[..DossierConsts.MaxFileNameLength] : name;
    }

    private static ValidationException Invalid(string message) => new(message, [new ValidationFailure("file", message)]);
}
