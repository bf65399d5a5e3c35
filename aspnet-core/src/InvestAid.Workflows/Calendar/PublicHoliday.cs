namespace InvestAid.Workflows.Calendar;

/// <summary>The public holidays of Labour Code 45/2019/QH14, Art. 112(1), plus Culture Day once it takes effect.</summary>
public enum PublicHoliday
{
    /// <summary>Tết Dương lịch, 1 January.</summary>
    NewYear = 1,

    /// <summary>Tết Âm lịch (Tết Nguyên Đán), the lunar new year: five days.</summary>
    LunarNewYear = 2,

    /// <summary>Giỗ Tổ Hùng Vương, Hùng Kings' Commemoration: 10th day of the 3rd lunar month.</summary>
    HungKings = 3,

    /// <summary>Ngày Chiến thắng, Victory (Reunification) Day: 30 April.</summary>
    VictoryDay = 4,

    /// <summary>Ngày Quốc tế Lao động, International Labour Day: 1 May.</summary>
    LabourDay = 5,

    /// <summary>Quốc khánh, National Day: 2 September plus the day before or after.</summary>
    NationalDay = 6,

    /// <summary>Ngày Văn hóa Việt Nam, Vietnamese Culture Day: 24 November, only from its date of effect.</summary>
    CultureDay = 7,
}
