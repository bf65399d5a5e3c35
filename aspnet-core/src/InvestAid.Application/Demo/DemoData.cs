using InvestAid.CapitalContributions;
using InvestAid.Projects;

namespace InvestAid.Demo;

/// <summary>The demo registry: projects of every kind (with their ledgers and status histories) and capital contributions.</summary>
public sealed record DemoData(IReadOnlyList<Project> Projects, IReadOnlyList<CapitalContribution> Contributions);
