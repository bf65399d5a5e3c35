using InvestAid.CapitalContributions;
using InvestAid.Projects;

namespace InvestAid.Demo;

/// <summary>
/// The demo registry: projects of every kind (with their ledgers and status histories), capital contributions, and the
/// aid projects' money records (capital plans, disbursements, receipts).
/// </summary>
public sealed record DemoData(IReadOnlyList<Project> Projects, IReadOnlyList<CapitalContribution> Contributions, IReadOnlyList<object> Finance);
