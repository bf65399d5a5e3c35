namespace InvestAid.Workflows;

public sealed record MigrateInstanceRequest(int TargetVersion);
