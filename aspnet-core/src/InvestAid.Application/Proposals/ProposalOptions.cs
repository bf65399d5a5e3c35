namespace InvestAid.Proposals;

/// <summary>
/// Configuration section <c>Proposals</c>: per kind of change (<see cref="ProposalKinds"/>), whether an officer's own edit
/// also waits for a second person; and, when set, the working days after which a pending proposal is accepted automatically.
/// </summary>
public sealed class ProposalOptions
{
    public const string Section = "Proposals";

    public Dictionary<string, bool> SecondPersonFor { get; set; } = new(StringComparer.Ordinal);

    public int? AutoAcceptAfterWorkingDays { get; set; }

    public bool NeedsSecondPerson(string kind) => SecondPersonFor.TryGetValue(kind, out var v) && v;
}
