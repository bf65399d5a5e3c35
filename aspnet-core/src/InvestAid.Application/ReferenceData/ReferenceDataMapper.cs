using InvestAid.Common;
using Riok.Mapperly.Abstractions;

namespace InvestAid.ReferenceData;

/// <summary>Compile-time mapping of reference items to their DTOs.</summary>
[Mapper]
public static partial class ReferenceDataMapper
{
    [MapProperty(nameof(ReferenceItem.ConcurrencyToken), nameof(ReferenceItemDto.Version), Use = nameof(FormatVersion))]
    public static partial ReferenceItemDto ToDto(this ReferenceItem item);

    private static string FormatVersion(uint token) => RecordVersion.Format(token);
}
