using InvestAid.CapitalContributions;
using InvestAid.ReferenceData;
using InvestAid.ReferenceData.Catalog;

namespace InvestAid.Demo;

public static partial class DemoDataFactory
{
    public const int ContributionCount = 25;

    /// <summary>Invented Vietnamese target enterprises: name, tax code, VSIC division, commune, zone.</summary>
    private static readonly (string Name, string TaxCode, string Division, string Commune, string? Zone)[] TargetEnterprises =
    [
        ("Công ty Cổ phần Dệt may Phố Hiến", "0900213457", "14", "33001", null),
        ("Công ty Cổ phần Nhựa Trà Lý", "1000378214", "22", "33010", null),
        ("Công ty TNHH Cơ khí Sơn Nam", "0900847120", "25", "33002", null),
        ("Công ty Cổ phần Thực phẩm Xanh Hưng Yên", "0901025638", "10", "33023", "KCN-TD"),
        ("Công ty Cổ phần Bao bì Thái Bình", "1000451903", "17", "33011", "KCN-ST"),
        ("Công ty TNHH Điện tử Mỹ Hào", "0901146722", "26", "33004", "KCN-MD"),
        ("Công ty Cổ phần Kho vận Như Quỳnh", "0900562381", "52", "33012", "KCN-PNA"),
        ("Công ty Cổ phần Dược phẩm Tiền Hải", "1000612745", "21", "33026", "KCN-TH"),
        ("Công ty Cổ phần Gốm sứ Kiến Xương", "1000239866", "23", "33029", null),
        ("Công ty TNHH Vật liệu Xây dựng Thái Thụy", "1001187450", "23", "33030", "KCN-LHT"),
        ("Công ty Cổ phần Nông sản Khoái Châu", "0900731094", "10", "33023", null),
        ("Công ty TNHH Đồ gỗ Vũ Thư", "1000894517", "31", "33031", null),
        ("Công ty Cổ phần Cơ điện Đông Hưng", "1000527368", "27", "33027", "KCN-GL"),
        ("Công ty Cổ phần Thương mại Hồng Châu", "0900398552", "46", "33003", null),
        ("Công ty TNHH Phụ tùng Ô tô Yên Mỹ", "0901203869", "29", "33019", "KCN-TL2"),
        ("Công ty Cổ phần Công nghệ Phần mềm Văn Giang", "0901288413", "62", "33016", null),
        ("Công ty Cổ phần May Quỳnh Phụ", "1000745219", "14", "33028", "KCN-CN"),
        ("Công ty TNHH Khuôn mẫu Phúc Khánh", "1001052376", "25", "33009", "KCN-PK"),
    ];

    private static List<CapitalContribution> CreateContributions(Random rng, DateTimeOffset now)
    {
        var rows = new List<(DateOnly Date, int Index, CapitalContributionData Data)>();
        for (var i = 0; i < ContributionCount; i++)
        {
            var target = Pick(rng, TargetEnterprises);
            var names = PickWeighted(rng, DemoNames.Countries.Select(c => (c, c.Weight)).ToList());
            var country = names.Country;
            var stem = Pick(rng, names.Stems);
            var investor = names.Cities is { } cities
                ? $"{Pick(rng, cities)} {stem} Investment {names.Suffix}"
                : $"{stem} Investment {names.Suffix}";
            var date = RandomDay(rng, new DateOnly(2023, 1, 1), LastDemoDay);
            var value = RoundCapital(LogUniform(rng, 50_000, 15_000_000));
            var share = 5 + rng.Next(45);
            // A joint-stock company sells shares; a limited liability company sells capital portions (phần vốn góp).
            var how = (target.Name.StartsWith("Công ty Cổ phần", StringComparison.Ordinal), rng.Next(2)) switch
            {
                (true, 0) => $"Mua cổ phần, sở hữu {share}% vốn điều lệ",
                (false, 0) => $"Mua phần vốn góp, sở hữu {share}% vốn điều lệ",
                _ => $"Góp vốn tăng vốn điều lệ, sở hữu {share}% vốn điều lệ",
            };
            var zone = target.Zone;
            if (zone is not null && ReferenceCatalog.Get(ReferenceKind.IndustrialZone, zone).Data.ParentCode != target.Commune)
            {
                throw new InvalidOperationException($"Demo data: zone {zone} is not in commune {target.Commune}.");
            }
            rows.Add((date, i, new CapitalContributionData(investor, country, target.Name, target.TaxCode, value,
                ToVnd(value, RateOn(rng, date)), date, target.Division, target.Commune, zone, how + ".")));
        }
        return rows.OrderBy(r => r.Date).ThenBy(r => r.Index).Select(r => new CapitalContribution(r.Data, now)).ToList();
    }
}
