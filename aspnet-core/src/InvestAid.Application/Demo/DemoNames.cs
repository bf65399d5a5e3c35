namespace InvestAid.Demo;

/// <summary>
/// Invented company name parts by investor country (any likeness to a real company is accidental), and
/// the product lines of the demo FDI projects by VSIC division.
/// </summary>
internal static class DemoNames
{
    internal sealed record CountryNames(string Country, int Weight, string Suffix, string[] Stems, string[]? Cities = null);

    internal static readonly CountryNames[] Countries =
    [
        new("KR", 34, "Co., Ltd.", ["Hanul", "Seorim", "Dongbaek", "Mirae Vina", "Sungjin", "Yeonhwa", "Bitgaram", "Daeseong", "Haenam", "Jinsol", "Saebit", "Gaon", "Narae", "Hwaseon"]),
        new("JP", 20, "Co., Ltd.", ["Asahina", "Kazemori", "Hinode", "Sakuragawa", "Takane", "Shiraume", "Midoriya", "Tsubakiya", "Kogane", "Aobadai", "Hoshizora"]),
        new("CN", 20, "Co., Ltd.", ["Hengtai", "Ruixin", "Huayu", "Tianrun", "Boyuan", "Jinhong", "Xinhe", "Yongkang", "Lianfa", "Shengda"],
            ["Ningbo", "Suzhou", "Shenzhen", "Dongguan", "Xiamen", "Changzhou", "Foshan"]),
        new("TW", 9, "Co., Ltd.", ["Chialin", "Fuyang", "Hsinmei", "Kaotai", "Tunghsing", "Yufeng"]),
        new("SG", 9, "Pte. Ltd.", ["Merlion Crest", "Straits Harbour", "Tanjong Vista", "Orchid Bay", "Kallang Point"]),
        new("HK", 7, "Limited", ["Kowloon Bright", "Harbourfront Union", "Pearl Delta", "Lantau Peak"]),
        new("US", 4, "Inc.", ["Blue Ridge", "Cedar Valley", "Great Lakes", "Silver Creek"]),
        new("VG", 4, "Holdings Limited", ["Tortola Bay", "Oceanic Pacific", "Coral Sound"]),
        new("DE", 3, "GmbH", ["Rheinwerk", "Nordheim", "Elbtal"]),
        new("TH", 3, "Co., Ltd.", ["Siam Lotus", "Chao Phraya", "Sukhothai"]),
        new("MY", 3, "Sdn. Bhd.", ["Selangor Jaya", "Melaka Permai", "Kinabalu"]),
    ];

    /// <param name="Division">VSIC 2018 division.</param>
    /// <param name="ProjectVi">What the project is, in a Vietnamese project name ("nhà máy sản xuất …").</param>
    /// <param name="ProjectEn">The same in English.</param>
    /// <param name="OwnerVi">The business word of the Vietnamese subsidiary's name ("Điện tử").</param>
    /// <param name="IndustryEn">The business word of the foreign parent's name ("Electronics").</param>
    /// <param name="InZone">Whether such a project sits in an industrial zone.</param>
    internal sealed record Line(string Division, int Weight, string ProjectVi, string ProjectEn, string OwnerVi, string IndustryEn, bool InZone);

    internal static readonly Line[] Lines =
    [
        new("26", 16, "nhà máy sản xuất linh kiện điện tử", "electronic components factory", "Linh kiện Điện tử", "Electronics", true),
        new("27", 9, "nhà máy sản xuất thiết bị điện và dây cáp", "electrical equipment and cable factory", "Thiết bị Điện", "Electric", true),
        new("28", 6, "nhà máy sản xuất máy móc công nghiệp", "industrial machinery factory", "Máy Công nghiệp", "Machinery", true),
        new("29", 8, "nhà máy sản xuất phụ tùng ô tô", "automotive parts factory", "Phụ tùng Ô tô", "Auto Parts", true),
        new("30", 4, "nhà máy sản xuất linh kiện xe máy và xe đạp điện", "motorcycle and e-bike parts factory", "Linh kiện Xe máy", "Motor Parts", true),
        new("25", 9, "nhà máy sản xuất khuôn mẫu và sản phẩm kim loại", "mould and fabricated metal products factory", "Cơ khí Chính xác", "Precision Metal", true),
        new("22", 8, "nhà máy sản xuất sản phẩm nhựa kỹ thuật", "engineering plastics factory", "Nhựa Kỹ thuật", "Plastics", true),
        new("13", 4, "nhà máy sợi và dệt vải", "spinning and weaving mill", "Dệt", "Textile", true),
        new("14", 6, "nhà máy may mặc xuất khẩu", "export garment factory", "May mặc", "Apparel", false),
        new("15", 3, "nhà máy sản xuất giày dép và túi xách", "footwear and bag factory", "Giày da", "Footwear", true),
        new("10", 5, "nhà máy chế biến thực phẩm", "food processing plant", "Thực phẩm", "Foods", true),
        new("11", 1, "nhà máy sản xuất đồ uống", "beverage plant", "Đồ uống", "Beverage", true),
        new("17", 3, "nhà máy sản xuất bao bì giấy", "paper packaging factory", "Bao bì", "Packaging", true),
        new("20", 3, "nhà máy sản xuất sơn và hóa chất công nghiệp", "paint and industrial chemicals plant", "Hóa chất", "Chemical", true),
        new("21", 2, "nhà máy sản xuất dược phẩm", "pharmaceutical plant", "Dược phẩm", "Pharma", true),
        new("23", 3, "nhà máy sản xuất vật liệu xây dựng", "building materials plant", "Vật liệu", "Materials", true),
        new("24", 2, "nhà máy cán thép và kim loại màu", "steel and non-ferrous rolling mill", "Kim loại", "Metals", true),
        new("31", 3, "nhà máy sản xuất đồ gỗ nội thất", "furniture factory", "Nội thất", "Furniture", false),
        new("32", 3, "nhà máy sản xuất thiết bị y tế", "medical devices factory", "Thiết bị Y tế", "Medical", true),
        new("33", 1, "trung tâm bảo dưỡng và lắp đặt máy móc", "machinery maintenance and installation centre", "Kỹ thuật", "Engineering", true),
        new("41", 2, "khu nhà ở cho công nhân", "workers' housing estate", "Phát triển Nhà ở", "Housing", false),
        new("43", 1, "dịch vụ lắp đặt hệ thống cơ điện công trình", "mechanical and electrical installation services", "Cơ điện", "M&E", true),
        new("46", 2, "trung tâm bán buôn và phân phối hàng công nghiệp", "industrial goods wholesale and distribution centre", "Thương mại", "Trading", false),
        new("52", 3, "trung tâm kho vận và logistics", "warehousing and logistics centre", "Logistics", "Logistics", true),
        new("55", 1, "khách sạn và căn hộ dịch vụ", "hotel and serviced apartments", "Khách sạn", "Hospitality", false),
        new("68", 2, "nhà xưởng xây sẵn cho thuê", "ready-built factories for lease", "Bất động sản Công nghiệp", "Industrial Realty", true),
    ];
}
