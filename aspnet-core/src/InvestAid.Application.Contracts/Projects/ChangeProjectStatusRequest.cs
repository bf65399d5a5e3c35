namespace InvestAid.Projects;

/// <summary>Moves a project's status; <c>EffectiveDate</c> is the decision's date (today when omitted).</summary>
public sealed record ChangeProjectStatusRequest(ProjectAction Action, DateOnly? EffectiveDate);
