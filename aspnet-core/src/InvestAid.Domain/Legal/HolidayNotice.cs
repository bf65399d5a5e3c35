using InvestAid.Common;

namespace InvestAid.Legal;

/// <summary>
/// A government notice fixing a year's days off for civil servants (e.g. 9441/TB-BNV of 16 Oct 2025 for 2026). A year without one is
/// counted on the statutory holidays alone, and every deadline in it says so.
/// </summary>
public sealed class HolidayNotice : Entity
{
    private HolidayNotice() { }

    public HolidayNotice(int year, string number, DateOnly? issuedOn, string? title, string enteredBy, DateTimeOffset enteredAt)
    {
        Year = year;
        Number = number.Trim();
        IssuedOn = issuedOn;
        Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
        EnteredBy = enteredBy;
        EnteredAt = enteredAt;
    }

    public int Year { get; private set; }
    public string Number { get; private set; } = "";
    public DateOnly? IssuedOn { get; private set; }
    public string? Title { get; private set; }
    public string EnteredBy { get; private set; } = "";
    public DateTimeOffset EnteredAt { get; private set; }
}
