namespace InvestAid.Proposals;

public interface IProposalSettingsRepository
{
    /// <summary>The stored settings of every kind, tracked for change.</summary>
    Task<IReadOnlyList<ProposalSetting>> ListAsync(CancellationToken ct = default);

    /// <summary>The stored settings of every kind as they are now, not tracked.</summary>
    Task<IReadOnlyList<ProposalSetting>> ReadAsync(CancellationToken ct = default);

    void Add(ProposalSetting setting);

    /// <summary>Saving fails as stale (412) if the row changed since it was read.</summary>
    void ExpectUnchanged(ProposalSetting setting);
}
