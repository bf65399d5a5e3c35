using Riok.Mapperly.Abstractions;

namespace InvestAid.Legal;

/// <summary>Compile-time mapping of the legal feature's records to their DTOs.</summary>
[Mapper]
public static partial class LegalMapper
{
    public static partial HolidayNoticeDto ToDto(this HolidayNotice notice);
}
