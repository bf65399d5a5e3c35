namespace InvestAid.EntityFrameworkCore.Workflows;

/// <summary>The exact break a notice fixes for Tết or National Day in one year.</summary>
public sealed class HolidayPeriodRecord
{
    public int Year { get; set; }
    public string Holiday { get; set; } = "";
    public DateOnly First { get; set; }
    public DateOnly Last { get; set; }
    public string Reason { get; set; } = "";
    public string Notice { get; set; } = "";
}
