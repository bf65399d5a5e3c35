namespace InvestAid.EntityFrameworkCore.Projects;

/// <summary>The last number given in a code series and year; advanced atomically by an upsert.</summary>
public sealed class CodeCounter
{
    public string Series { get; set; } = "";
    public int Year { get; set; }
    public int LastNumber { get; set; }
}
