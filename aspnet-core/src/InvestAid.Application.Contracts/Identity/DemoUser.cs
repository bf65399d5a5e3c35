namespace InvestAid.Identity;

/// <summary>A sign-in created by the demo data only (never in production seeding).</summary>
/// <param name="AgencyCode">For an agency user: the Agency reference code they answer for (their claim, group <c>agency:&lt;code&gt;</c>).</param>
public sealed record DemoUser(string Email, string DisplayName, string Role, string? AgencyCode = null);
