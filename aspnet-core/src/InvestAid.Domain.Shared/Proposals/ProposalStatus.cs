namespace InvestAid.Proposals;

/// <summary>Where an outside edit stands: waiting for an officer (chờ xác nhận), taken whole or in part, or refused.</summary>
public enum ProposalStatus
{
    Pending,
    Accepted,
    PartiallyAccepted,
    Rejected,
}
