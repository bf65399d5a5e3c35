namespace InvestAid.Workflows.Runtime.State;

public enum TokenStatus
{
    /// <summary>Ready to execute the element it stands on.</summary>
    Active,
    /// <summary>Parked on a bookmark or at a join until other tokens arrive.</summary>
    Waiting,
}
