namespace InvestAid.ReferenceData.Catalog;

public static partial class ReferenceCatalog
{
    public const string OtherAidField = "KHAC";

    /// <summary>The field categories the province's reports on foreign NGO aid count by (editable).</summary>
    public static IReadOnlyList<ReferenceSeedItem> AidFields { get; } = Numbered(ReferenceKind.AidField,
    [
        ("GDDT", new ReferenceItemData("Giáo dục – đào tạo", "Education and training")),
        ("YTE", new ReferenceItemData("Y tế", "Health")),
        ("PTKTXH", new ReferenceItemData("Phát triển kinh tế – xã hội", "Socio-economic development")),
        ("XAHOI", new ReferenceItemData("Các vấn đề xã hội", "Social issues")),
        ("MTTT", new ReferenceItemData("Môi trường, phòng chống thiên tai", "Environment and disaster risk reduction")),
        ("KHANCAP", new ReferenceItemData("Cứu trợ khẩn cấp", "Emergency relief")),
        (OtherAidField, new ReferenceItemData("Lĩnh vực khác", "Other fields")),
    ]);

    /// <summary>
    /// DAC CRS sector (three digits) or purpose code (five digits, which wins over its sector) → field category. Editable: an
    /// officer re-files a purpose code by adding its five-digit row.
    /// </summary>
    public static IReadOnlyList<ReferenceSeedItem> AidFieldMappings { get; } = Numbered(ReferenceKind.AidFieldMapping,
        new (string Dac, string Field)[]
        {
            ("111", "GDDT"), ("112", "GDDT"), ("113", "GDDT"), ("114", "GDDT"),
            ("121", "YTE"), ("122", "YTE"), ("123", "YTE"), ("130", "YTE"),
            ("140", "PTKTXH"), ("150", "XAHOI"), ("151", "XAHOI"), ("152", "XAHOI"), ("160", "XAHOI"),
            ("210", "PTKTXH"), ("220", "PTKTXH"), ("230", "PTKTXH"), ("240", "PTKTXH"), ("250", "PTKTXH"),
            ("310", "PTKTXH"), ("311", "PTKTXH"), ("312", "PTKTXH"), ("313", "PTKTXH"), ("321", "PTKTXH"), ("331", "PTKTXH"), ("332", "PTKTXH"),
            ("410", "MTTT"), ("430", "PTKTXH"), ("43060", "MTTT"),
            ("720", "KHANCAP"), ("730", "KHANCAP"), ("740", "MTTT"),
        }.Select(m => (m.Dac, new ReferenceItemData($"DAC {m.Dac} → {m.Field}", null, ParentCode: m.Field))));

    /// <summary>
    /// IATI organisation identifiers of the donors (IATI organisation identifier guidance: the DAC donor/agency codes as
    /// XM-DAC-…, or a registry prefix). Category = the identifier, ParentCode = the language of the organisation's own name,
    /// NameEn = that name. Only identifiers found in IATI sources are carried: KOICA as KR-GOV-051, the identifier Korea's own IATI data
    /// uses for it (activity identifiers "KR-GOV-010-KR-GOV-051-…" in the ODA Korea datasets on d-portal); KfW and GIZ under Germany's
    /// DAC donor code 5 with their agency codes 2 and 52, which the retired IATI OrganisationIdentifier list carried as DE-2
    /// ("Kreditanstalt für Wiederaufbau") and DE-52 ("Deutsche Gesellschaft für Technische Zusammenarbeit"). KEXIM (EDCF) and most NGOs
    /// have none found yet: an officer enters it; a donor without one gets no @ref and the export names it in its comment.
    /// </summary>
    public static IReadOnlyList<ReferenceSeedItem> IatiOrganisations { get; } = Numbered(ReferenceKind.IatiOrganisation,
        new (string Donor, string Ref, string Lang, string OwnName)[]
        {
            ("WB", "44000", "en", "World Bank"),
            ("ADB", "XM-DAC-46004", "en", "Asian Development Bank"),
            ("IFAD", "XM-DAC-988", "en", "International Fund for Agricultural Development"),
            ("UNDP", "XM-DAC-41114", "en", "United Nations Development Programme"),
            ("UNICEF", "XM-DAC-41122", "en", "United Nations Children's Fund"),
            ("WHO", "XM-DAC-928", "en", "World Health Organization"),
            ("UNFPA", "XM-DAC-41119", "en", "United Nations Population Fund"),
            ("FAO", "XM-DAC-41301", "en", "Food and Agriculture Organization of the United Nations"),
            ("JICA", "XM-DAC-701-8", "en", "Japan International Cooperation Agency"),
            ("KOICA", "KR-GOV-051", "en", "Korea International Cooperation Agency"),
            ("KFW", "XM-DAC-5-2", "de", "KfW Entwicklungsbank"),
            ("GIZ", "XM-DAC-5-52", "de", "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH"),
            ("AFD", "FR-3", "fr", "Agence Française de Développement"),
            ("USAID", "US-GOV-1", "en", "U.S. Agency for International Development"),
            ("DFAT", "AU-5", "en", "Department of Foreign Affairs and Trade"),
            ("PLAN", "GB-CHC-276035", "en", "Plan International UK"),
            ("SCI", "GB-COH-03732387", "en", "Save the Children International"),
        }.Select(o => (o.Donor, new ReferenceItemData(o.OwnName, o.OwnName, ParentCode: o.Lang, Category: o.Ref))));
}
