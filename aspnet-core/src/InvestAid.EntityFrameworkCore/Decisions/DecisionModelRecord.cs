namespace InvestAid.EntityFrameworkCore.Decisions;

/// <summary>One uploaded version of a DMN file (key = its definitions id); immutable once published.</summary>
public sealed class DecisionModelRecord : DeployedFileRecord
{
    /// <summary>The ids of the file's decisions, which business rule tasks name in camunda:decisionRef.</summary>
    public string[] DecisionKeys { get; set; } = [];

    public string Xml { get; set; } = "";
}
