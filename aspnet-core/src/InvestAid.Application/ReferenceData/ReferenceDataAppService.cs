using InvestAid.Validation;
using FluentValidation;
using FluentValidation.Results;
using InvestAid.Audit;
using InvestAid.Common;

namespace InvestAid.ReferenceData;

/// <summary>Reading and maintaining the reference lists (administrators edit; everyone signed in reads).</summary>
public sealed class ReferenceDataAppService(
    IReferenceDataRepository items,
    IReferenceQueries queries,
    IUnitOfWork unitOfWork,
    AuditRecorder audit)
{
    public const string EntityType = "reference-item";

    public async Task<PagedResult<ReferenceItemDto>> ListAsync(ReferenceKind kind, ReferenceQuery query, CancellationToken ct = default)
    {
        if (query.PageNumber < 1 || query.Size is < 1 or > 500)
        {
            throw ValidationText.Invalid("pageSize", "common.pageSize", 500);
        }
        return await queries.ListAsync(kind, query, ct);
    }

    public async Task<ReferenceItemDto> CreateAsync(ReferenceKind kind, ReferenceItemInput input, CancellationToken ct = default)
    {
        await new ReferenceItemInputValidator().ValidateAndThrowAsync(input, ct);
        if (await items.FindByCodeAsync(kind, input.Code.Trim(), ct) is not null)
        {
            throw ValidationText.Invalid("code", "reference.codeTaken", input.Code);
        }
        var item = new ReferenceItem(kind, input.Code, ToData(input));
        items.Add(item);
        audit.Record(EntityType, item.Id, AuditAction.Created, null, input, $"Thêm {kind} {item.Code}");
        await unitOfWork.SaveChangesAsync(ct);
        return ReferenceDataMapper.ToDto(item);
    }

    public async Task<ReferenceItemDto> UpdateAsync(ReferenceKind kind, Guid id, ReferenceItemInput input, string? ifMatch, CancellationToken ct = default)
    {
        var version = RecordVersion.Parse(ifMatch);
        await new ReferenceItemInputValidator().ValidateAndThrowAsync(input, ct);
        var item = await items.FindAsync(id, ct);
        if (item is null || item.Kind != kind)
        {
            throw new NotFoundException("mục danh mục", id);
        }
        if (!string.Equals(item.Code, input.Code.Trim(), StringComparison.Ordinal))
        {
            throw ValidationText.Invalid("code", "reference.codeFixed");
        }
        if (item.ConcurrencyToken != version)
        {
            throw new PreconditionFailedException(missing: false);
        }
        var before = ReferenceDataMapper.ToDto(item);
        item.Update(ToData(input));
        items.ExpectVersion(item, version);
        audit.Record(EntityType, item.Id, AuditAction.Updated, before, input, $"Sửa {item.Kind} {item.Code}");
        await unitOfWork.SaveChangesAsync(ct);
        return ReferenceDataMapper.ToDto(item);
    }

    private static ReferenceItemData ToData(ReferenceItemInput i) => new(
        i.NameVi, i.NameEn, string.IsNullOrWhiteSpace(i.ParentCode) ? null : i.ParentCode.Trim(),
        string.IsNullOrWhiteSpace(i.Category) ? null : i.Category.Trim(), i.EffectiveFrom, i.EffectiveTo, i.SortOrder, i.IsActive);
}
