namespace InvestAid.Common;

/// <summary>Who is acting, as the use cases need to know it.</summary>
public interface ICurrentUser
{
    Guid? Id { get; }
    string? Name { get; }
    bool IsInRole(string role);

    /// <summary>The user's consulted-agency groups (<c>agency:&lt;code&gt;</c>), none for a user of no agency.</summary>
    IReadOnlyCollection<string> AgencyGroups => [];
}
