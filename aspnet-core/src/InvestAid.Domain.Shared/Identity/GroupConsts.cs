namespace InvestAid.Identity;

/// <summary>Limits of groups and identity mappings (an id as a BPMN model writes it: Camunda's user and group ids).</summary>
public static class GroupConsts
{
    public const int MaxCodeLength = 100;
    public const int MaxNameLength = 200;
    public const int MaxExternalIdLength = 200;
    public const int MaxDefinitionKeyLength = 200;
    public const int MaxMembers = 500;
}

/// <summary>What an identity mapping maps: a user id (assignee, candidate user) or a group id (candidate group) named in a model.</summary>
public enum IdentityKind
{
    User,
    Group,
}
