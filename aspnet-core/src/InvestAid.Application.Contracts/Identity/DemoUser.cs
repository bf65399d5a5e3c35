namespace InvestAid.Identity;

/// <summary>A sign-in created by the demo data only (never in production seeding).</summary>
public sealed record DemoUser(string Email, string DisplayName, string Role);
