namespace InvestAid.ReferenceData.Catalog;

public static partial class ReferenceCatalog
{
    /// <summary>
    /// Industrial zones (khu công nghiệp) of the province; ParentCode = the (demo) commune in which the zone lies
    /// or mostly lies. A zone spanning several communes is filed under one of them.
    /// </summary>
    public static IReadOnlyList<ReferenceSeedItem> IndustrialZones { get; } = Numbered(ReferenceKind.IndustrialZone, IndustrialZoneRows());

    private static IEnumerable<(string, ReferenceItemData)> IndustrialZoneRows()
    {
        (string Code, string Vi, string En, string Commune)[] rows =
        [
            ("KCN-TL2", "Khu công nghiệp Thăng Long II", "Thang Long II Industrial Park", "33019"),
            ("KCN-PNA", "Khu công nghiệp Phố Nối A", "Pho Noi A Industrial Park", "33012"),
            ("KCN-MD", "Khu công nghiệp Minh Đức", "Minh Duc Industrial Park", "33004"),
            ("KCN-YM2", "Khu công nghiệp Yên Mỹ II", "Yen My II Industrial Park", "33021"),
            ("KCN-TD", "Khu công nghiệp Tân Dân", "Tan Dan Industrial Park", "33023"),
            ("KCN-TH", "Khu công nghiệp Tiền Hải", "Tien Hai Industrial Park", "33026"),
            ("KCN-ST", "Khu công nghiệp Sông Trà", "Song Tra Industrial Park", "33011"),
            ("KCN-GL", "Khu công nghiệp Gia Lễ", "Gia Le Industrial Park", "33027"),
            ("KCN-PK", "Khu công nghiệp Phúc Khánh", "Phuc Khanh Industrial Park", "33009"),
            ("KCN-NDC", "Khu công nghiệp Nguyễn Đức Cảnh", "Nguyen Duc Canh Industrial Park", "33007"),
            ("KCN-CN", "Khu công nghiệp Cầu Nghìn", "Cau Nghin Industrial Park", "33028"),
            ("KCN-LHT", "Khu công nghiệp Liên Hà Thái (Green iP-1)", "Lien Ha Thai Industrial Park (Green iP-1)", "33030"),
        ];
        return rows.Select(r => (r.Code, new ReferenceItemData(r.Vi, r.En, ParentCode: r.Commune)));
    }
}
