namespace InvestAid.Legal;

/// <summary>The unit of a legal parameter's value.</summary>
public enum LegalUnit
{
    /// <summary>Calendar days (ngày); exposed to models as an ISO duration <c>P{n}D</c>.</summary>
    CalendarDays = 1,

    /// <summary>Working days (ngày làm việc); exposed to models as <c>P{n}WD</c>.</summary>
    WorkingDays = 2,

    /// <summary>Months; exposed to models as <c>P{n}M</c>.</summary>
    Months = 3,

    /// <summary>An amount in US dollars; exposed to models as a number.</summary>
    Usd = 4,

    /// <summary>A percentage; exposed to models as a number.</summary>
    Percent = 5,

    /// <summary>A day of the year written MM-DD (e.g. 01-15 for 15 January); exposed to models as that text.</summary>
    DayOfYear = 6,

    /// <summary>A plain count; exposed to models as a number.</summary>
    Count = 7,
}
