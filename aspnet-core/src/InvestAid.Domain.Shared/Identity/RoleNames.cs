namespace InvestAid.Identity;

/// <summary>The roles of DESIGN.md section 9; names are stable, they are stored and sent to the web app.</summary>
public static class RoleNames
{
    public const string Admin = "admin";
    /// <summary>Chuyên viên (officer) of the planning department.</summary>
    public const string Officer = "officer";
    public const string Approver = "approver";
    /// <summary>Lãnh đạo (leader) of the department or the provincial people's committee.</summary>
    public const string Leader = "leader";
    /// <summary>A consulted agency: sees only its tasks and the dossiers it was asked about.</summary>
    public const string Agency = "agency";
    /// <summary>Chủ dự án (project owner) or its PMU: sees only its own projects.</summary>
    public const string Owner = "owner";
    public const string Viewer = "viewer";

    /// <summary>
    /// A service account of another system (an archive, a signing service): it works external tasks through
    /// <c>/engine-rest/external-task</c> and nothing else; it is not a person, so it is not among <see cref="All"/>.
    /// </summary>
    public const string Worker = "worker";

    /// <summary>The roles of people; a permission "for everyone" is granted to these.</summary>
    public static readonly IReadOnlyList<string> All = [Admin, Officer, Approver, Leader, Agency, Owner, Viewer];

    /// <summary>Every role an account can hold: the people's roles and the service accounts'.</summary>
    public static readonly IReadOnlyList<string> Assignable = [.. All, Worker];
}
