using InvestAid.Projects;
using InvestAid.ReferenceData;
using InvestAid.ReferenceData.Catalog;

namespace InvestAid.Demo;

public static partial class DemoDataFactory
{
    /// <summary>The three ODA / concessional-loan projects every demo must show.</summary>
    public const string WbDykeProjectCode = "ODA-2016-0001";
    public const string AdbPumpingStationProjectCode = "ODA-2017-0001";
    public const string KeximFishingPortProjectCode = "VAY-2021-0001";

    /// <summary>The NGO aid whose approval dossier was in procedure at the end of 2025.</summary>
    public const string NgoInProcedureProjectCode = "NGO-2025-0003";

    /// <summary>An NGO aid for the whole province: its place is the province itself.</summary>
    private const string ProvinceWidePlace = ReferenceCatalog.ProvinceCode;

    /// <summary>The dates a project moved through its life: submitted, under review, approved, active, completed.</summary>
    private sealed record Path(DateOnly Submitted, DateOnly? Review = null, DateOnly? Approved = null, DateOnly? Active = null, DateOnly? Completed = null);

    private static void Walk(Project project, Path path, DateTimeOffset now)
    {
        project.Submit(path.Submitted, now);
        if (path.Review is { } review) project.StartReview(review, now);
        if (path.Approved is { } approved) project.Approve(approved, now);
        if (path.Active is { } active) project.Activate(active, now);
        if (path.Completed is { } completed) project.Complete(completed, now);
    }

    private static List<Project> CreateOdaProjects(DateTimeOffset now)
    {
        const string agriPmu = "Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp và phát triển nông thôn tỉnh Hưng Yên";
        // Agreement numbers follow each lender's numbering style but are demo values.
        var projects = new List<Project>
        {
            Oda(WbDykeProjectCode, ProjectKind.Oda, "WB",
                "Nâng cấp hệ thống đê tả sông Luộc", "Upgrading of the Luoc River left-bank dyke system",
                agriPmu, "33025", "42", "41050",
                "Nâng cấp, kiên cố hóa 28 km đê tả sông Luộc và các cống dưới đê, bảo đảm chống lũ thiết kế; bảo vệ dân cư và sản xuất nông nghiệp vùng ven sông.",
                new OdaDetails("Cr. 5798-VN", new DateOnly(2016, 6, 24), "USD", 42_500_000m, 0m, 7_800_000m, 1m, 22_300m, new DateOnly(2016, 6, 24)),
                new Path(new DateOnly(2015, 11, 9), new DateOnly(2015, 11, 16), new DateOnly(2016, 6, 24), new DateOnly(2017, 3, 1)),
                new DateOnly(2017, 3, 1), new DateOnly(2026, 12, 31), now),
            Oda(AdbPumpingStationProjectCode, ProjectKind.Oda, "ADB",
                "Trạm bơm tiêu Cống Lầy", "Cong Lay drainage pumping station",
                agriPmu, "33031", "42", "31140",
                "Xây dựng trạm bơm tiêu công suất 36 m³/s và hệ thống kênh dẫn, tiêu úng cho khoảng 6.500 ha đất nông nghiệp và khu dân cư.",
                // An ADF loan: denominated in SDR (XDR); rates of the signing day.
                new OdaDetails("Loan 3512-VIE (SF)", new DateOnly(2017, 5, 23), "XDR", 17_800_000m, 0m, 3_150_000m, 1.3821m, 31_370m, new DateOnly(2017, 5, 23)),
                new Path(new DateOnly(2016, 9, 12), new DateOnly(2016, 9, 20), new DateOnly(2017, 5, 23), new DateOnly(2017, 11, 15), new DateOnly(2023, 6, 30)),
                new DateOnly(2017, 11, 15), new DateOnly(2022, 12, 31), now),
            Oda(KeximFishingPortProjectCode, ProjectKind.ConcessionalLoan, "KEXIM",
                "Cảng cá Tân Sơn", "Tan Son fishing port",
                agriPmu, "33030", "52", "31320",
                "Xây dựng cảng cá loại II và khu neo đậu tránh trú bão cho tàu cá; cầu cảng, luồng lạch, chợ đầu mối thủy sản.",
                new OdaDetails("EDCF VNM-31", new DateOnly(2021, 8, 12), "KRW", 0m, 41_200_000_000m, 7_900_000_000m, 0.000873m, 20.05m, new DateOnly(2021, 8, 12)),
                new Path(new DateOnly(2020, 10, 5), new DateOnly(2020, 10, 12), new DateOnly(2021, 8, 12), new DateOnly(2022, 3, 7)),
                new DateOnly(2022, 3, 7), new DateOnly(2026, 12, 31), now),
            Oda("ODA-2022-0001", ProjectKind.Oda, "JICA",
                "Cải thiện môi trường nước đô thị Phố Hiến", "Pho Hien urban water environment improvement",
                "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Hưng Yên", "33001", "37", "14020",
                "Xây dựng hệ thống thu gom và nhà máy xử lý nước thải công suất 20.000 m³/ngày đêm; cải tạo hồ điều hòa và kênh tiêu nội thị.",
                new OdaDetails("VN22-P4", new DateOnly(2022, 11, 29), "JPY", 5_120_000_000m, 0m, 1_340_000_000m, 0.00735m, 173.5m, new DateOnly(2022, 11, 29)),
                new Path(new DateOnly(2021, 12, 6), new DateOnly(2021, 12, 14), new DateOnly(2022, 11, 29), new DateOnly(2023, 9, 4)),
                new DateOnly(2023, 9, 4), new DateOnly(2028, 12, 31), now),
            Oda("VAY-2023-0001", ProjectKind.ConcessionalLoan, "AFD",
                "Điện mặt trời mái nhà và sử dụng năng lượng hiệu quả tại các công trình công", "Rooftop solar and energy efficiency in public buildings",
                "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Hưng Yên", "33007", "35", "23230",
                "Lắp đặt 12 MWp điện mặt trời mái nhà tại trường học, bệnh viện, trụ sở cơ quan; cải tạo chiếu sáng và điều hòa tiết kiệm năng lượng.",
                new OdaDetails("CVN 1421 01 P", new DateOnly(2023, 9, 26), "EUR", 0m, 18_000_000m, 2_700_000m, 1.07m, 25_900m, new DateOnly(2023, 9, 26)),
                new Path(new DateOnly(2023, 2, 13), new DateOnly(2023, 2, 20), new DateOnly(2023, 9, 26), new DateOnly(2024, 4, 1)),
                new DateOnly(2024, 4, 1), new DateOnly(2027, 12, 31), now),
            Oda("ODA-2024-0001", ProjectKind.Oda, "KFW",
                "Nâng cao năng lực chẩn đoán và điều trị của Bệnh viện Đa khoa tỉnh", "Diagnostic and treatment capacity of the Provincial General Hospital",
                "Bệnh viện Đa khoa tỉnh Hưng Yên", "33001", "86", "12191",
                "Đầu tư trang thiết bị chẩn đoán hình ảnh, hồi sức cấp cứu; đào tạo nhân lực y tế.",
                new OdaDetails("BMZ 2021.66.012", new DateOnly(2024, 6, 14), "EUR", 11_000_000m, 0m, 1_900_000m, 1.085m, 27_150m, new DateOnly(2024, 6, 14)),
                // Started on 3 March 2025: the ODA project "newly started" in the 2025 report.
                new Path(new DateOnly(2023, 10, 2), new DateOnly(2023, 10, 9), new DateOnly(2024, 6, 14), new DateOnly(2025, 3, 3)),
                new DateOnly(2025, 1, 6), new DateOnly(2028, 6, 30), now),
            // Signed in October 2025, not started by the year's end: an agreement of 2025 that is not "in implementation" in 2025.
            Oda("ODA-2025-0002", ProjectKind.Oda, "ADB",
                "Cấp nước sạch nông thôn liên xã vùng ven biển", "Inter-commune rural water supply in coastal areas",
                agriPmu, "33029", "36", "14030",
                "Xây dựng nhà máy nước công suất 15.000 m³/ngày đêm và mạng lưới cấp nước cho 9 xã ven biển.",
                new OdaDetails("Loan 4621-VIE", new DateOnly(2025, 10, 20), "USD", 28_000_000m, 0m, 4_200_000m, 1m, 26_050m, new DateOnly(2025, 10, 20)),
                new Path(new DateOnly(2024, 11, 4), new DateOnly(2024, 11, 11), new DateOnly(2025, 10, 20)),
                new DateOnly(2026, 4, 1), new DateOnly(2030, 12, 31), now),
            // In the pipeline: no agreement yet; amounts are the proposal's.
            Oda("ODA-2025-0001", ProjectKind.Oda, "KOICA",
                "Trung tâm đào tạo nghề chất lượng cao tỉnh Hưng Yên", "Hung Yen high-quality vocational training centre",
                "Sở Giáo dục và Đào tạo tỉnh Hưng Yên", "33004", "85", "11330",
                "Xây dựng và trang bị trung tâm đào tạo nghề cơ khí, điện tử, tự động hóa cho lao động các khu công nghiệp.",
                new OdaDetails(null, null, "USD", 6_500_000m, 0m, 800_000m, 1m, 26_350m, new DateOnly(2025, 9, 15)),
                new Path(new DateOnly(2025, 9, 15), new DateOnly(2025, 9, 22)),
                new DateOnly(2026, 7, 1), new DateOnly(2029, 12, 31), now),
        };
        return projects;
    }

    private static Project Oda(string code, ProjectKind kind, string donor, string nameVi, string nameEn, string owner, string commune,
        string sector, string dac, string objectives, OdaDetails oda, Path path, DateOnly plannedStart, DateOnly plannedEnd, DateTimeOffset now)
    {
        var project = new Project(code, kind, new ProjectProfile
        {
            NameVi = nameVi,
            NameEn = nameEn,
            OwnerName = owner,
            CommuneCode = commune,
            Address = $"{NameOf(ReferenceKind.AdministrativeUnit, commune)}, tỉnh Hưng Yên",
            SectorCode = sector,
            DacCode = dac,
            DonorCode = donor,
            PlannedStart = plannedStart,
            PlannedEnd = plannedEnd,
            ActualStart = path.Active,
            ActualEnd = path.Completed,
            Objectives = objectives,
            Oda = oda,
        }, now);
        Walk(project, path, now);
        return project;
    }

    private static List<Project> CreateNgoProjects(DateTimeOffset now) =>
    [
        Ngo("NGO-2021-0001", "DHF", "Tiếp nhận trang thiết bị y tế cho các trạm y tế xã", "Medical equipment for commune health stations",
            // 2021: before the 2025 reform, in a ward of the time (now part of Phường Phố Hiến).
            "Sở Y tế tỉnh Hưng Yên", "33101", "86", "12230",
            new NgoDetails(AidType.NonProject, 86_500m, "USD", 1m, "SYT", "12230", "2410/QĐ-UBND", new DateOnly(2021, 10, 5)),
            new Path(new DateOnly(2021, 8, 23), new DateOnly(2021, 8, 30), new DateOnly(2021, 10, 5), new DateOnly(2021, 11, 15), new DateOnly(2022, 6, 30)),
            now),
        Ngo("NGO-2022-0001", "RTR", "Chương trình thư viện thân thiện trường tiểu học", "Child-friendly libraries in primary schools",
            "Sở Giáo dục và Đào tạo tỉnh Hưng Yên", ProvinceWidePlace, "85", "11220",
            new NgoDetails(AidType.Project, 245_000m, "USD", 1m, "SGDDT", "11220", "512/QĐ-UBND", new DateOnly(2022, 3, 8)),
            new Path(new DateOnly(2022, 1, 10), new DateOnly(2022, 1, 17), new DateOnly(2022, 3, 8), new DateOnly(2022, 4, 4), new DateOnly(2025, 5, 30)),
            now),
        Ngo("NGO-2023-0001", "BIDMC", "Nâng cao chất lượng cấp cứu và hồi sức tại Bệnh viện Đa khoa tỉnh",
            "Improving emergency and critical care at the Provincial General Hospital",
            "Bệnh viện Đa khoa tỉnh Hưng Yên", "33001", "86", "12191",
            new NgoDetails(AidType.Project, 150_000m, "USD", 1m, "BVDKT", "12191", "1835/QĐ-UBND", new DateOnly(2023, 8, 21)),
            new Path(new DateOnly(2023, 7, 10), new DateOnly(2023, 7, 17), new DateOnly(2023, 8, 21), new DateOnly(2023, 10, 2)),
            now),
        Ngo("NGO-2024-0001", "PLAN", "Nước sạch và vệ sinh trường học cho học sinh vùng ven biển", "Water and sanitation in coastal schools",
            "Sở Giáo dục và Đào tạo tỉnh Hưng Yên", ProvinceWidePlace, "85", "14030",
            new NgoDetails(AidType.Project, 310_000m, "EUR", 1.09m, "SGDDT", "14030", "688/QĐ-UBND", new DateOnly(2024, 3, 12)),
            new Path(new DateOnly(2024, 1, 22), new DateOnly(2024, 1, 29), new DateOnly(2024, 3, 12), new DateOnly(2024, 5, 6)),
            now),
        Ngo("NGO-2024-0002", "OPSMILE", "Chương trình phẫu thuật nụ cười cho trẻ em dị tật khe hở môi, vòm miệng",
            "Cleft lip and palate surgery mission for children",
            "Bệnh viện Đa khoa tỉnh Hưng Yên", "33001", "86", "12191",
            new NgoDetails(AidType.NonProject, 68_000m, "USD", 1m, "BVDKT", "12191", "905/QĐ-UBND", new DateOnly(2024, 4, 15)),
            new Path(new DateOnly(2024, 3, 18), new DateOnly(2024, 3, 25), new DateOnly(2024, 4, 15), new DateOnly(2024, 5, 13), new DateOnly(2024, 5, 18)),
            now),
        // Disaster relief needs no consultation (Decree 80/2020 Art. 10): approved days after the typhoon.
        Ngo("NGO-2024-0003", "WVI", "Cứu trợ khẩn cấp khắc phục hậu quả bão số 3 (Yagi)", "Emergency relief after Typhoon Yagi",
            "Hội Chữ thập đỏ tỉnh Hưng Yên", "33026", "88", "72010",
            new NgoDetails(AidType.Emergency, 120_000m, "USD", 1m, "HCTD", "72010", "2187/QĐ-UBND", new DateOnly(2024, 9, 16)),
            new Path(new DateOnly(2024, 9, 12), new DateOnly(2024, 9, 13), new DateOnly(2024, 9, 16), new DateOnly(2024, 9, 18), new DateOnly(2024, 12, 31)),
            now),
        Ngo("NGO-2025-0001", "SCI", "Cải thiện dinh dưỡng cho trẻ em dưới 5 tuổi", "Nutrition for children under five",
            "Trung tâm Kiểm soát bệnh tật tỉnh Hưng Yên", ProvinceWidePlace, "86", "12240",
            new NgoDetails(AidType.Project, 185_000m, "USD", 1m, "CDC", "12240", "1120/QĐ-UBND", new DateOnly(2025, 5, 20)),
            new Path(new DateOnly(2025, 3, 24), new DateOnly(2025, 3, 31), new DateOnly(2025, 5, 20), new DateOnly(2025, 7, 1)),
            now),
        // Approved but not started: the 6-month start rule (Decree 80/2020 Art. 4(7)) has run out — a case for the warning list.
        Ngo("NGO-2025-0002", "PACLINKS", "Học bổng và kỹ năng sống cho học sinh nữ có hoàn cảnh khó khăn",
            "Scholarships and life skills for disadvantaged schoolgirls",
            "Sở Giáo dục và Đào tạo tỉnh Hưng Yên", "33032", "85", "11320",
            new NgoDetails(AidType.Project, 95_000m, "USD", 1m, "SGDDT", "11320", "2954/QĐ-UBND", new DateOnly(2025, 11, 24)),
            new Path(new DateOnly(2025, 9, 29), new DateOnly(2025, 10, 6), new DateOnly(2025, 11, 24)),
            now),
        // Received in December 2025, decided in February 2026: the dossier "completing its procedure" at the end of 2025.
        Ngo(NgoInProcedureProjectCode, "HFH", "Nhà an toàn phòng, chống bão lũ cho hộ nghèo vùng ven biển", "Storm-safe housing for poor coastal households",
            "Hội Chữ thập đỏ tỉnh Hưng Yên", "33030", "84", "16010",
            new NgoDetails(AidType.Project, 140_000m, "USD", 1m, "HCTD", "16010", "412/QĐ-UBND", new DateOnly(2026, 2, 10)),
            new Path(new DateOnly(2025, 12, 8), new DateOnly(2025, 12, 15), new DateOnly(2026, 2, 10), new DateOnly(2026, 3, 16)),
            now),
        Ngo("NGO-2026-0001", "CRS", "Phòng, chống thiên tai dựa vào cộng đồng tại các xã ven biển", "Community-based disaster risk reduction in coastal communes",
            "Sở Nông nghiệp và Môi trường tỉnh Hưng Yên", "33030", "84", "43060",
            new NgoDetails(AidType.Project, 260_000m, "USD", 1m, "SNNMT", "43060", "1876/QĐ-UBND", new DateOnly(2026, 8, 20)),
            new Path(new DateOnly(2026, 6, 29), new DateOnly(2026, 7, 6), new DateOnly(2026, 8, 20)),
            now),
        Ngo("NGO-2026-0002", "EMW", "Cấp nước sạch nông thôn theo kết quả đầu ra", "Output-based rural clean water supply",
            "Sở Nông nghiệp và Môi trường tỉnh Hưng Yên", "33029", "36", "14030",
            new NgoDetails(AidType.Project, 320_000m, "USD", 1m, "SNNMT", "14030", null, null),
            new Path(new DateOnly(2026, 9, 28), new DateOnly(2026, 10, 5)),
            now),
    ];

    /// <summary>Planned ends of the multi-year NGO aid (their commitment schedules run to them).</summary>
    private static readonly Dictionary<string, DateOnly> NgoPlannedEnd = new()
    {
        ["NGO-2022-0001"] = new DateOnly(2025, 5, 30),
        ["NGO-2023-0001"] = new DateOnly(2026, 9, 30),
        ["NGO-2024-0001"] = new DateOnly(2026, 12, 31),
        ["NGO-2025-0001"] = new DateOnly(2027, 6, 30),
        ["NGO-2025-0002"] = new DateOnly(2027, 12, 31),
        [NgoInProcedureProjectCode] = new DateOnly(2027, 3, 31),
    };

    private static Project Ngo(string code, string donor, string nameVi, string nameEn, string owner, string commune, string sector, string dac,
        NgoDetails ngo, Path path, DateTimeOffset now)
    {
        var project = new Project(code, ProjectKind.NgoAid, new ProjectProfile
        {
            NameVi = nameVi,
            NameEn = nameEn,
            OwnerName = owner,
            CommuneCode = commune,
            Address = commune == ProvinceWidePlace ? "Toàn tỉnh Hưng Yên" : $"{NameOf(ReferenceKind.AdministrativeUnit, commune)}, tỉnh Hưng Yên",
            SectorCode = sector,
            DacCode = dac,
            DonorCode = donor,
            PlannedStart = path.Active ?? path.Approved?.AddMonths(2) ?? path.Submitted.AddMonths(4),
            PlannedEnd = NgoPlannedEnd.TryGetValue(code, out var plannedEnd) ? plannedEnd : null,
            ActualStart = path.Active,
            ActualEnd = path.Completed,
            Objectives = nameVi + ".",
            Ngo = ngo,
        }, now);
        Walk(project, path, now);
        return project;
    }
}
