using InvestAid.Common;

namespace InvestAid.DbMigrator;

/// <summary>The actor of seeding: changes it makes are audited as the system's.</summary>
public sealed class SystemUser : ICurrentUser
{
    public Guid? Id => null;
    public string? Name => "system";
    public bool IsInRole(string role) => true;
}
