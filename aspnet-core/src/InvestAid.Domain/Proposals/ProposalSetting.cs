using InvestAid.Common;

namespace InvestAid.Proposals;

/// <summary>
/// How proposals of one kind of change (<see cref="ProposalKinds"/>) are handled, as the administrator set it: whether an
/// officer's own edit also waits for a second person, after how many working days a pending proposal is accepted
/// automatically (none: never), and whether pending ones appear in the officers' daily digest.
/// </summary>
public sealed class ProposalSetting : AggregateRoot
{
    public const int MaxAutoAcceptWorkingDays = 60;

    private ProposalSetting()
    {
    }

    public ProposalSetting(Guid id, string kind, bool secondPerson, int? autoAcceptAfterWorkingDays, bool inDigest)
    {
        Id = id;
        Kind = kind;
        SecondPerson = secondPerson;
        AutoAcceptAfterWorkingDays = autoAcceptAfterWorkingDays;
        InDigest = inDigest;
    }

    public string Kind { get; private set; } = "";

    public bool SecondPerson { get; private set; }

    public int? AutoAcceptAfterWorkingDays { get; private set; }

    public bool InDigest { get; private set; }

    public DateTimeOffset? UpdatedAt { get; private set; }

    public Guid? UpdatedById { get; private set; }

    /// <summary>The sign-in name of who changed it last (shown only when the account is gone).</summary>
    public string? UpdatedBy { get; private set; }

    public void Change(bool secondPerson, int? autoAcceptAfterWorkingDays, bool inDigest, Guid? byId, string? by, DateTimeOffset at)
    {
        if (autoAcceptAfterWorkingDays is < 1 or > MaxAutoAcceptWorkingDays)
        {
            throw new ArgumentOutOfRangeException(nameof(autoAcceptAfterWorkingDays));
        }
        SecondPerson = secondPerson;
        AutoAcceptAfterWorkingDays = autoAcceptAfterWorkingDays;
        InDigest = inDigest;
        UpdatedById = byId;
        UpdatedBy = by;
        UpdatedAt = at;
    }
}
