namespace InvestAid.ReferenceData.Catalog;

public static partial class ReferenceCatalog
{
    public const string ProvinceCategory = "Province";
    public const string CommuneCategory = "Commune";
    /// <summary>A commune, ward or town before the 2025 reform; its ParentCode is the unit of today that took it over.</summary>
    public const string FormerCommuneCategory = "FormerCommune";

    /// <summary>The day the two-tier local government (province, commune/ward) took effect.</summary>
    public static DateOnly TwoTierReformDate => new(2025, 7, 1);

    /// <summary>
    /// The demo province after the 2025 reform — Hưng Yên, merged with Thái Bình — and a selection of its
    /// communes and wards (Category <see cref="CommuneCategory"/>, ParentCode <see cref="ProvinceCode"/>, in force
    /// from 1 July 2025). The five-digit commune codes are DEMO codes, made up and stable; they are NOT the
    /// official GSO codes and must be replaced by the official list before production use.
    /// </summary>
    public static IReadOnlyList<ReferenceSeedItem> AdministrativeUnits { get; } = Numbered(ReferenceKind.AdministrativeUnit, AdministrativeUnitRows());

    private static IEnumerable<(string, ReferenceItemData)> AdministrativeUnitRows()
    {
        yield return (ProvinceCode, new ReferenceItemData("Tỉnh Hưng Yên", "Hung Yen Province", Category: ProvinceCategory));
        // The former Thái Bình province, for records dated before the merger.
        yield return ("34", new ReferenceItemData("Tỉnh Thái Bình", "Thai Binh Province", Category: ProvinceCategory, EffectiveTo: new DateOnly(2025, 6, 30)));

        (string Code, string Vi, string En)[] communes =
        [
            // Wards (phường)
            ("33001", "Phường Phố Hiến", "Pho Hien Ward"),
            ("33002", "Phường Sơn Nam", "Son Nam Ward"),
            ("33003", "Phường Hồng Châu", "Hong Chau Ward"),
            ("33004", "Phường Mỹ Hào", "My Hao Ward"),
            ("33005", "Phường Đường Hào", "Duong Hao Ward"),
            ("33006", "Phường Thượng Hồng", "Thuong Hong Ward"),
            ("33007", "Phường Thái Bình", "Thai Binh Ward"),
            ("33008", "Phường Trần Lãm", "Tran Lam Ward"),
            ("33009", "Phường Trần Hưng Đạo", "Tran Hung Dao Ward"),
            ("33010", "Phường Trà Lý", "Tra Ly Ward"),
            ("33011", "Phường Vũ Phúc", "Vu Phuc Ward"),
            // Communes (xã) of the former Hưng Yên province
            ("33012", "Xã Như Quỳnh", "Nhu Quynh Commune"),
            ("33013", "Xã Lạc Đạo", "Lac Dao Commune"),
            ("33014", "Xã Đại Đồng", "Dai Dong Commune"),
            ("33015", "Xã Nghĩa Trụ", "Nghia Tru Commune"),
            ("33016", "Xã Văn Giang", "Van Giang Commune"),
            ("33017", "Xã Phụng Công", "Phung Cong Commune"),
            ("33018", "Xã Mễ Sở", "Me So Commune"),
            ("33019", "Xã Yên Mỹ", "Yen My Commune"),
            ("33020", "Xã Việt Yên", "Viet Yen Commune"),
            ("33021", "Xã Hoàn Long", "Hoan Long Commune"),
            ("33022", "Xã Nguyễn Văn Linh", "Nguyen Van Linh Commune"),
            ("33023", "Xã Khoái Châu", "Khoai Chau Commune"),
            ("33024", "Xã Ân Thi", "An Thi Commune"),
            ("33025", "Xã Tiên Lữ", "Tien Lu Commune"),
            // Communes (xã) of the former Thái Bình province
            ("33026", "Xã Tiền Hải", "Tien Hai Commune"),
            ("33027", "Xã Đông Hưng", "Dong Hung Commune"),
            ("33028", "Xã Quỳnh Phụ", "Quynh Phu Commune"),
            ("33029", "Xã Kiến Xương", "Kien Xuong Commune"),
            ("33030", "Xã Thái Thụy", "Thai Thuy Commune"),
            ("33031", "Xã Vũ Thư", "Vu Thu Commune"),
            ("33032", "Xã Hưng Hà", "Hung Ha Commune"),
        ];
        foreach (var c in communes)
        {
            yield return (c.Code, new ReferenceItemData(c.Vi, c.En, ParentCode: ProvinceCode, Category: CommuneCategory, EffectiveFrom: TwoTierReformDate));
        }

        // Units before the 1 July 2025 reform, for records dated before it (Category FormerCommune, in force until 30 June 2025);
        // ParentCode = the commune or ward of today that took them over. DEMO codes and DEMO mapping, like the codes above:
        // check against the Standing Committee's resolution on the province's units before production use.
        (string Code, string Vi, string En, string Successor)[] former =
        [
            ("33101", "Phường Hiến Nam (thành phố Hưng Yên)", "Hien Nam Ward (Hung Yen City)", "33001"),
            ("33102", "Thị trấn Vương (huyện Tiên Lữ)", "Vuong Town (Tien Lu District)", "33025"),
            ("33103", "Thị trấn Ân Thi (huyện Ân Thi)", "An Thi Town (An Thi District)", "33024"),
            ("33104", "Thị trấn Tiền Hải (huyện Tiền Hải)", "Tien Hai Town (Tien Hai District)", "33026"),
            ("33105", "Thị trấn Quỳnh Côi (huyện Quỳnh Phụ)", "Quynh Coi Town (Quynh Phu District)", "33028"),
            ("33106", "Thị trấn Diêm Điền (huyện Thái Thụy)", "Diem Dien Town (Thai Thuy District)", "33030"),
        ];
        foreach (var c in former)
        {
            yield return (c.Code, new ReferenceItemData(c.Vi, c.En, ParentCode: c.Successor, Category: FormerCommuneCategory,
                EffectiveTo: TwoTierReformDate.AddDays(-1)));
        }
    }
}
