namespace InvestAid.Workflows.Runtime.State;

/// <summary>
/// One firing of an inclusive gateway as a fork: how many branches it activated, so the join
/// waits for exactly those and not for branches that were never taken.
/// </summary>
public sealed class InclusiveFork
{
    public string Id { get; set; } = "";
    public string GatewayId { get; set; } = "";
    public int ActivatedBranches { get; set; }
}
