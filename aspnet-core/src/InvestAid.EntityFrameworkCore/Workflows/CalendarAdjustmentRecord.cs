namespace InvestAid.EntityFrameworkCore.Workflows;

/// <summary>A date a yearly notice turns into a day off or a working day.</summary>
public sealed class CalendarAdjustmentRecord
{
    public DateOnly Date { get; set; }
    public string Kind { get; set; } = "";
    public string Reason { get; set; } = "";
    public string Notice { get; set; } = "";
}
