using InvestAid.Common;

namespace InvestAid.Identity;

/// <summary>
/// Maps a user or group id that a model names (Camunda's <c>camunda:assignee="demo"</c>,
/// <c>candidateGroups="accounting"</c>) to one of our users or groups: for every model, or only for the models of one
/// definition key (which wins over the global mapping of the same id).
/// </summary>
public sealed class IdentityMapping : AggregateRoot
{
    private IdentityMapping() { }

    public IdentityMapping(IdentityKind kind, string externalId, string? definitionKey, Guid? userId, Guid? groupId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(externalId);
        Kind = kind;
        ExternalId = externalId.Trim();
        DefinitionKey = string.IsNullOrWhiteSpace(definitionKey) ? null : definitionKey.Trim();
        Retarget(userId, groupId);
    }

    public IdentityKind Kind { get; private set; }
    public string ExternalId { get; private set; } = "";

    /// <summary>Null: every model; else only the models of this definition key.</summary>
    public string? DefinitionKey { get; private set; }

    /// <summary>The user a user id maps to.</summary>
    public Guid? UserId { get; private set; }

    /// <summary>The group a group id maps to.</summary>
    public Guid? GroupId { get; private set; }

    public void Retarget(Guid? userId, Guid? groupId)
    {
        if ((Kind == IdentityKind.User) != (userId is not null) || (Kind == IdentityKind.Group) != (groupId is not null))
        {
            throw new ArgumentException("A user id maps to a user, a group id to a group.");
        }

        UserId = userId;
        GroupId = groupId;
    }
}
