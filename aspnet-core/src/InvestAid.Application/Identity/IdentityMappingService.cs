using FluentValidation;
using InvestAid.Audit;
using InvestAid.Common;
using InvestAid.Text;
using InvestAid.Validation;

namespace InvestAid.Identity;

/// <summary>
/// Administrators map the user and group ids that models name (Camunda's <c>demo</c>, <c>accounting</c>) to our users
/// and groups, for every model or for one definition key. Ids that are already ours need no mapping and take none.
/// </summary>
public sealed class IdentityMappingService(
    IIdentityMappingRepository mappings, IdentityResolver resolver, Workflows.IWorkflowDefinitionRepository definitions,
    IUnitOfWork unitOfWork, AuditRecorder audit)
{
    public const string EntityType = "identity-mapping";

    /// <summary>Every mapping, by kind, id and key (global first), with the names of the users and groups they map to.</summary>
    public async Task<IReadOnlyList<IdentityMappingDto>> ListAsync(CancellationToken ct)
    {
        var index = await resolver.IndexAsync(ct);
        return [.. index.Snapshot.Mappings.OrderBy(m => m.Kind).ThenBy(m => m.ExternalId, StringComparer.Ordinal)
            .ThenBy(m => m.DefinitionKey is not null).ThenBy(m => m.DefinitionKey, StringComparer.Ordinal).Select(m => m.ToDto(index))];
    }

    public async Task<IdentityMappingDto> CreateAsync(IdentityMappingInput input, CancellationToken ct)
    {
        await new IdentityMappingInputValidator().ValidateAndThrowAsync(input, ct);
        var index = await resolver.IndexAsync(ct);
        var externalId = input.ExternalId.Trim();
        var key = string.IsNullOrWhiteSpace(input.DefinitionKey) ? null : input.DefinitionKey.Trim();
        if (index.IsOwn(input.Kind, externalId))
        {
            throw ValidationText.Invalid("externalId", input.Kind == IdentityKind.User ? "identity.ownUser" : "identity.ownGroup", externalId);
        }

        if (key is not null && (await definitions.ListAsync(key, ct)).Count == 0)
        {
            throw ValidationText.Invalid("definitionKey", "identity.unknownDefinition", key);
        }

        if (await mappings.FindAsync(input.Kind, externalId, key, ct) is not null)
        {
            throw ValidationText.Invalid("externalId", "identity.mappingExists", externalId);
        }

        CheckTarget(input, index);
        var mapping = new IdentityMapping(input.Kind, externalId, key, input.UserId, input.GroupId);
        mappings.Add(mapping);
        audit.Record(EntityType, mapping.Id, AuditAction.Created, null, Snapshot(mapping), $"Ánh xạ {mapping.Kind} '{mapping.ExternalId}'");
        await unitOfWork.SaveChangesAsync(ct);
        resolver.Reset();
        return mapping.ToDto(await resolver.IndexAsync(ct));
    }

    /// <summary>Points the mapping at another user or group; the id, its kind and key stay (delete and add to change those).</summary>
    public async Task<IdentityMappingDto> UpdateAsync(Guid id, IdentityMappingInput input, string? ifMatch, CancellationToken ct)
    {
        var version = RecordVersion.Parse(ifMatch);
        await new IdentityMappingInputValidator().ValidateAndThrowAsync(input, ct);
        var mapping = await mappings.FindAsync(id, ct) ?? throw new NotFoundException(Localized.Pick("ánh xạ", "mapping"), id);
        var key = string.IsNullOrWhiteSpace(input.DefinitionKey) ? null : input.DefinitionKey.Trim();
        if (mapping.Kind != input.Kind || mapping.ExternalId != input.ExternalId.Trim() || mapping.DefinitionKey != key)
        {
            throw ValidationText.Invalid(mapping.Kind != input.Kind ? "kind" : mapping.ExternalId != input.ExternalId.Trim() ? "externalId" : "definitionKey",
                "identity.mappingFixed");
        }

        if (mapping.ConcurrencyToken != version)
        {
            throw new PreconditionFailedException(missing: false);
        }

        CheckTarget(input, await resolver.IndexAsync(ct));
        var before = Snapshot(mapping);
        mapping.Retarget(input.UserId, input.GroupId);
        mappings.ExpectVersion(mapping, version);
        audit.Record(EntityType, mapping.Id, AuditAction.Updated, before, Snapshot(mapping), $"Sửa ánh xạ {mapping.Kind} '{mapping.ExternalId}'");
        await unitOfWork.SaveChangesAsync(ct);
        resolver.Reset();
        return mapping.ToDto(await resolver.IndexAsync(ct));
    }

    public async Task DeleteAsync(Guid id, string? ifMatch, CancellationToken ct)
    {
        var version = RecordVersion.Parse(ifMatch);
        var mapping = await mappings.FindAsync(id, ct) ?? throw new NotFoundException(Localized.Pick("ánh xạ", "mapping"), id);
        if (mapping.ConcurrencyToken != version)
        {
            throw new PreconditionFailedException(missing: false);
        }

        mappings.ExpectVersion(mapping, version);
        mappings.Remove(mapping);
        audit.Record(EntityType, mapping.Id, AuditAction.Deleted, Snapshot(mapping), null, $"Xoá ánh xạ {mapping.Kind} '{mapping.ExternalId}'");
        await unitOfWork.SaveChangesAsync(ct);
        resolver.Reset();
    }

    private static void CheckTarget(IdentityMappingInput input, IdentityIndex index)
    {
        if (input.Kind == IdentityKind.User && (input.UserId is not { } user || index.User(user) is null))
        {
            throw ValidationText.Invalid("userId", "identity.unknownUser", input.UserId);
        }

        if (input.Kind == IdentityKind.Group && (input.GroupId is not { } group || index.Group(group) is null))
        {
            throw ValidationText.Invalid("groupId", "identity.unknownGroup", input.GroupId);
        }

        if ((input.Kind == IdentityKind.User && input.GroupId is not null) || (input.Kind == IdentityKind.Group && input.UserId is not null))
        {
            throw ValidationText.Invalid(input.Kind == IdentityKind.User ? "groupId" : "userId", "identity.oneTarget");
        }
    }

    private static object Snapshot(IdentityMapping m) => new { m.Kind, m.ExternalId, m.DefinitionKey, m.UserId, m.GroupId };
}

public sealed class IdentityMappingInputValidator : AbstractValidator<IdentityMappingInput>
{
    public IdentityMappingInputValidator()
    {
        RuleFor(i => i.Kind).IsInEnum();
        RuleFor(i => i.ExternalId).NotEmpty().MaximumLength(GroupConsts.MaxExternalIdLength)
            .Must(c => c is null || !c.Contains(',')).WithMessageKey("identity.externalIdComma");
        RuleFor(i => i.DefinitionKey).MaximumLength(GroupConsts.MaxDefinitionKeyLength);
    }
}
