namespace InvestAid.Benchmarks.Faults;

/// <summary>
/// One fault-injection scenario: its name (the report's heading), the fault it injects, what must hold afterwards, and the run.
/// <see cref="FaultDriver"/> runs them one at a time over one <see cref="FaultContext"/>.
/// </summary>
public interface IFaultScenario
{
    /// <summary>The heading of the scenario in the report, e.g. "a. kill -9 of the host under write and workflow traffic".</summary>
    string Name { get; }

    /// <summary>The fault injected, in one sentence.</summary>
    string Fault { get; }

    /// <summary>What must hold after the fault, in one sentence.</summary>
    string MustHold { get; }

    /// <summary>Injects the fault, checks, adds figures (one line each) and returns whether everything held.</summary>
    Task<bool> RunAsync(FaultContext context, List<string> figures);
}
