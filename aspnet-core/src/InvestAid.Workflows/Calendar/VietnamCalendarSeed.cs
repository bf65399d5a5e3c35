namespace InvestAid.Workflows.Calendar;

/// <summary>
/// The government's notices on days off for civil servants, 2024–2026 (shared/reference/vietnam-calendar.md).
/// Only what the Labour Code rules do not already give is listed: swapped days, make-up Saturdays
/// and the Tết breaks the notices fixed. Seeded once; later years are entered by administrators.
/// </summary>
public static class VietnamCalendarSeed
{
    // VPCP-KGVX: a letter of the Government Office (Văn phòng Chính phủ) conveying the Prime
    // Minister's decision; TB-BNV / TB-BLĐTBXH: a notice (thông báo) of the Ministry of Home
    // Affairs / the former Ministry of Labour, Invalids and Social Affairs.
    private const string Notice2024Tet = "8662/VPCP-KGVX";
    private const string Notice2024April = "2450/VPCP-KGVX";
    private const string Notice2025 = "8726/VPCP-KGVX";
    private const string Notice2025Workers = "6150/TB-BLĐTBXH";
    private const string Notice2026 = "9441/TB-BNV";
    private const string Notice2026NewYear = "12729/VPCP-KGVX";

    public static IReadOnlyList<HolidayPeriodOverride> HolidayPeriods { get; } =
    [
        // Rule default would be Fri 9 – Tue 13 Feb with days in lieu on 14–15 Feb; the notice fixed Thu 8 – Wed 14.
        new(2024, PublicHoliday.LunarNewYear, new(2024, 2, 8), new(2024, 2, 14), "Tết 2024: Thu 8 – Wed 14 Feb", Notice2024Tet),

        // Rule default would be Tue 28 Jan – Sat 1 Feb with Mon 3 Feb in lieu; the notice fixed Sat 25 Jan – Sun 2 Feb.
        new(2025, PublicHoliday.LunarNewYear, new(2025, 1, 25), new(2025, 2, 2), "Tết 2025: Sat 25 Jan – Sun 2 Feb", $"{Notice2025}; {Notice2025Workers}"),

        // Same weekdays as the rule default (Mon 16 – Fri 20 Feb); recorded because the notice fixed it.
        new(2026, PublicHoliday.LunarNewYear, new(2026, 2, 14), new(2026, 2, 22), "Tết 2026: Sat 14 – Sun 22 Feb", Notice2026),
    ];

    public static IReadOnlyList<CalendarAdjustment> Adjustments { get; } =
    [
        CalendarAdjustment.DayOff(new(2024, 4, 29), "Swapped with Sat 4 May for the 30 Apr – 1 May break", Notice2024April),
        CalendarAdjustment.WorkingDay(new(2024, 5, 4), "Make-up working day for Mon 29 Apr", Notice2024April),

        // The reference table gives no separate notice for this swap; it is filed under the 2025 notices.
        CalendarAdjustment.DayOff(new(2025, 5, 2), "Swapped with Sat 26 Apr for the 30 Apr – 1 May break", $"{Notice2025}; {Notice2025Workers}"),
        CalendarAdjustment.WorkingDay(new(2025, 4, 26), "Make-up working day for Fri 2 May", $"{Notice2025}; {Notice2025Workers}"),

        CalendarAdjustment.DayOff(new(2026, 1, 2), "Swapped with Sat 10 Jan for the New Year break", Notice2026NewYear),
        CalendarAdjustment.WorkingDay(new(2026, 1, 10), "Make-up working day for Fri 2 Jan", Notice2026NewYear),

        // The reference table gives no separate notice for this swap; it is filed under the 2026 notice.
        CalendarAdjustment.DayOff(new(2026, 8, 31), "Swapped with Sat 22 Aug for the National Day break", Notice2026),
        CalendarAdjustment.WorkingDay(new(2026, 8, 22), "Make-up working day for Mon 31 Aug", Notice2026),
    ];

    public static InMemoryCalendarDataStore DataSource { get; } = new(Adjustments, HolidayPeriods);
}
