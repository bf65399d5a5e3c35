using InvestAid.Workflows;
using Riok.Mapperly.Abstractions;

namespace InvestAid.Legal;

/// <summary>
/// Compile-time mapping of the legal feature's records to their DTOs. What is worked out from other data (a version's end,
/// a document's title, the procedures citing a document) comes from the caller.
/// </summary>
[Mapper]
public static partial class LegalMapper
{
    public static partial HolidayNoticeDto ToDto(this HolidayNotice notice);

    /// <param name="effectiveTo">The day before the next version takes effect; null for the latest.</param>
    /// <param name="documents">Document titles by number.</param>
    public static LegalParameterVersionDto ToDto(this LegalParameterVersion v, DateOnly? effectiveTo, IReadOnlyDictionary<string, string> documents) =>
        Map(v, LegalValues.ModelValue(v.Value, v.Unit), effectiveTo, Citation(v, documents.GetValueOrDefault(v.DocumentNumber)));

    public static partial LegalDocumentDto ToDto(this LegalDocument document, IReadOnlyList<CitingProcedureDto> procedures,
        IReadOnlyList<LegalParameterVersionDto> parameters, int unconfirmedCount);

    public static CitingProcedureDto ToCitingDto(this WorkflowDefinitionInfo procedure, bool mentionsUnconfirmed) =>
        MapCiting(procedure, procedure.Name ?? procedure.Key, mentionsUnconfirmed);

    private static partial LegalParameterVersionDto Map(LegalParameterVersion version, string modelValue, DateOnly? effectiveTo, LegalCitationDto citation);

    private static partial LegalCitationDto Citation(LegalParameterVersion version, string? documentTitle);

    private static partial CitingProcedureDto MapCiting(WorkflowDefinitionInfo procedure, string name, bool mentionsUnconfirmed);
}
