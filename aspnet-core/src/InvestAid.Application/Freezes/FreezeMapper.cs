using Riok.Mapperly.Abstractions;

namespace InvestAid.Freezes;

/// <summary>Compile-time mapping of freezes and their exceptions to their DTOs.</summary>
[Mapper]
public static partial class FreezeMapper
{
    public static partial FreezeEventDto ToDto(this FreezeEvent freeze);

    /// <summary>The exception as stored; the project's code and name are empty until the caller names them.</summary>
    public static FreezeExceptionDto ToDto(this FreezeException exception) => Map(exception, projectCode: "", projectName: "");

    private static partial FreezeExceptionDto Map(FreezeException exception, string projectCode, string projectName);
}
