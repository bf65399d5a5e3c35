using DocumentFormat.OpenXml.Packaging;
using FluentValidation;
using FluentValidation.Results;
using InvestAid.Common;
using InvestAid.Validation;

namespace InvestAid.Reports.Drafts;

/// <summary>
/// The editable Word template of the periodic report: replaced by uploading a new version (the earlier ones stay on record), the
/// latest in use. A replacement names the version it replaces (If-Match: the ETag of the template in use, "0" while the shipped
/// one is); a stale one — someone replaced it meanwhile — is refused with 412.
/// </summary>
public sealed class ReportTemplateService(IReportTemplateRepository templates, ICurrentUser user, TimeProvider clock)
{
    /// <summary>The ETag of the shipped template, before any version is stored.</summary>
    public const uint ShippedVersion = 0;

    /// <summary>The stored template in use and its ETag; null while the shipped template is in use.</summary>
    public async Task<(byte[] Content, string ETag)?> CurrentAsync(CancellationToken ct = default) =>
        await templates.LatestAsync(ct) is { } latest ? (latest.Content, RecordVersion.ToETag(latest.ConcurrencyToken)) : null;

    public async Task<IReadOnlyList<ReportTemplateVersionDto>> VersionsAsync(CancellationToken ct = default)
    {
        var versions = await templates.VersionsAsync(ct);
        return [.. versions.Select((v, i) => v.ToDto(RecordVersion.ToETag(v.ConcurrencyToken), i == 0))];
    }

    public async Task<ReportTemplateVersionDto> ReplaceAsync(string? fileName, byte[] content, string? ifMatch, CancellationToken ct = default)
    {
        Validate(fileName, content);
        var expected = RecordVersion.Parse(ifMatch);
        var latest = await templates.LatestAsync(ct);
        if ((latest?.ConcurrencyToken ?? ShippedVersion) != expected)
        {
            throw new PreconditionFailedException(missing: false);
        }
        var template = new ReportTemplate((latest?.Version ?? 0) + 1, Path.GetFileName(fileName!.Trim()), content, clock.GetUtcNow(),
            user.Name ?? ReportConsts.SystemPublisher);
        if (!await templates.TryAddAsync(template, ct))
        {
            throw new PreconditionFailedException(missing: false);
        }
        return (await VersionsAsync(ct))[0];
    }

    private static void Validate(string? fileName, byte[] content)
    {
        var errors = new List<ValidationFailure>();
        if (string.IsNullOrWhiteSpace(fileName) || fileName.Length > ReportConsts.MaxTemplateFileNameLength
            || !fileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new ValidationFailure("file", ValidationText.Format("reportTemplate.name", ReportConsts.MaxTemplateFileNameLength)));
        }
        else if (content.Length == 0 || content.Length > ReportConsts.MaxTemplateBytes)
        {
            errors.Add(new ValidationFailure("file", ValidationText.Format("reportTemplate.size", ReportConsts.MaxTemplateBytes / 1024 / 1024)));
        }
        else if (!IsWordDocument(content))
        {
            errors.Add(new ValidationFailure("file", ValidationText.Get("reportTemplate.notWord")));
        }
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
    }

    private static bool IsWordDocument(byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            return document.MainDocumentPart?.Document?.Body is not null;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException or InvalidOperationException)
        {
            return false;
        }
    }
}
