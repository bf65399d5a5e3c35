namespace InvestAid.ReferenceData.Catalog;

public static partial class ReferenceCatalog
{
    /// <summary>The department that leads appraisal and reports (Sở KH&amp;ĐT, then Sở Tài chính): pick the one in force on the date.</summary>
    public const string PlanningDepartmentCategory = "PlanningDepartment";
    /// <summary>Agencies whose opinion is collected during appraisal (Decree 80/2020 Art. 10; Decree 114/2021).</summary>
    public const string ConsultedCategory = "Consulted";
    public const string PeoplesCommitteeCategory = "PeoplesCommittee";
    public const string IndustrialZoneAuthorityCategory = "IndustrialZoneAuthority";
    /// <summary>Units that receive and carry out aid (hospitals, centres, associations).</summary>
    public const string BeneficiaryCategory = "Beneficiary";

    public const string PlanningAndInvestmentDepartmentCode = "SKHDT";
    public const string FinanceDepartmentCode = "STC";

    /// <summary>The Departments of Planning and Investment merged into the Departments of Finance on this day.</summary>
    public static DateOnly DepartmentMergerDate => new(2025, 3, 1);

    /// <summary>
    /// Agencies of the province. (Kind, Code) is unique, so a renamed or merged agency is two codes with
    /// adjoining periods: SKHDT (to 28 Feb 2025) and STC (from 1 Mar 2025) both carry
    /// <see cref="PlanningDepartmentCategory"/>, so a report or procedure dated D picks the one in force on D.
    /// </summary>
    public static IReadOnlyList<ReferenceSeedItem> Agencies { get; } = Numbered(ReferenceKind.Agency, AgencyRows());

    private static IEnumerable<(string, ReferenceItemData)> AgencyRows()
    {
        var lastDayBefore = new DateOnly(2025, 2, 28);
        var merger = new DateOnly(2025, 3, 1);
        (string Code, string Vi, string En, string Category, DateOnly? From, DateOnly? To)[] rows =
        [
            ("UBND", "Ủy ban nhân dân tỉnh Hưng Yên", "Hung Yen Provincial People's Committee", PeoplesCommitteeCategory, null, null),
            (PlanningAndInvestmentDepartmentCode, "Sở Kế hoạch và Đầu tư tỉnh Hưng Yên", "Hung Yen Department of Planning and Investment",
                PlanningDepartmentCategory, null, lastDayBefore),
            (FinanceDepartmentCode, "Sở Tài chính tỉnh Hưng Yên", "Hung Yen Department of Finance", PlanningDepartmentCategory, merger, null),
            // The Department of Finance before the merger: a consulted agency, not the planning department.
            ("STC-CU", "Sở Tài chính tỉnh Hưng Yên (trước hợp nhất)", "Hung Yen Department of Finance (before the merger)",
                ConsultedCategory, null, lastDayBefore),
            ("CAT", "Công an tỉnh Hưng Yên", "Hung Yen Provincial Police", ConsultedCategory, null, null),
            ("BCHQS", "Bộ Chỉ huy Quân sự tỉnh Hưng Yên", "Hung Yen Provincial Military Command", ConsultedCategory, null, null),
            // The Department of Foreign Affairs was dissolved in the 2025 reorganisation; its duties moved to other
            // agencies (mostly the Office of the People's Committee). Kept closed from 1 Mar 2025 for historic records.
            ("SNGV", "Sở Ngoại vụ tỉnh Hưng Yên", "Hung Yen Department of Foreign Affairs", ConsultedCategory, null, lastDayBefore),
            ("VPUBND", "Văn phòng Ủy ban nhân dân tỉnh Hưng Yên", "Office of the Hung Yen Provincial People's Committee", ConsultedCategory, null, null),
            ("LHHN", "Liên hiệp các tổ chức hữu nghị tỉnh Hưng Yên", "Hung Yen Union of Friendship Organizations", ConsultedCategory, null, null),
            ("SYT", "Sở Y tế tỉnh Hưng Yên", "Hung Yen Department of Health", ConsultedCategory, null, null),
            ("SGDDT", "Sở Giáo dục và Đào tạo tỉnh Hưng Yên", "Hung Yen Department of Education and Training", ConsultedCategory, null, null),
            ("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Hưng Yên", "Hung Yen Department of Agriculture and Rural Development",
                ConsultedCategory, null, lastDayBefore),
            ("STNMT", "Sở Tài nguyên và Môi trường tỉnh Hưng Yên", "Hung Yen Department of Natural Resources and Environment",
                ConsultedCategory, null, lastDayBefore),
            ("SNNMT", "Sở Nông nghiệp và Môi trường tỉnh Hưng Yên", "Hung Yen Department of Agriculture and Environment", ConsultedCategory, merger, null),
            ("SXD", "Sở Xây dựng tỉnh Hưng Yên", "Hung Yen Department of Construction", ConsultedCategory, null, null),
            ("SCT", "Sở Công Thương tỉnh Hưng Yên", "Hung Yen Department of Industry and Trade", ConsultedCategory, null, null),
            ("SNV", "Sở Nội vụ tỉnh Hưng Yên", "Hung Yen Department of Home Affairs", ConsultedCategory, null, null),
            ("STP", "Sở Tư pháp tỉnh Hưng Yên", "Hung Yen Department of Justice", ConsultedCategory, null, null),
            ("BQLKCN", "Ban Quản lý các khu công nghiệp tỉnh Hưng Yên", "Hung Yen Industrial Zones Authority", IndustrialZoneAuthorityCategory, null, null),
            ("BVDKT", "Bệnh viện Đa khoa tỉnh Hưng Yên", "Hung Yen Provincial General Hospital", BeneficiaryCategory, null, null),
            ("CDC", "Trung tâm Kiểm soát bệnh tật tỉnh Hưng Yên", "Hung Yen Center for Disease Control", BeneficiaryCategory, null, null),
            ("HCTD", "Hội Chữ thập đỏ tỉnh Hưng Yên", "Hung Yen Red Cross Society", BeneficiaryCategory, null, null),
            ("BQLDANN", "Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp và phát triển nông thôn tỉnh Hưng Yên",
                "Hung Yen Project Management Unit for Agricultural and Rural Development Works", BeneficiaryCategory, null, null),
        ];
        return rows.Select(r => (r.Code, new ReferenceItemData(r.Vi, r.En, Category: r.Category, EffectiveFrom: r.From, EffectiveTo: r.To)));
    }
}
