namespace InvestAid.ReferenceData.Catalog;

public static partial class ReferenceCatalog
{
    /// <summary>
    /// ISO 4217 currencies met in investment certificates and aid agreements. Category = the number of
    /// minor-unit digits as text ("0" for VND, JPY, KRW). ISO 4217 gives XDR (the IMF's special drawing
    /// right, SDR — the unit of some ADB/IFAD loans) no minor unit; "2" is used, as loan documents state SDR to the cent.
    /// </summary>
    public static IReadOnlyList<ReferenceSeedItem> Currencies { get; } = Numbered(ReferenceKind.Currency, CurrencyRows());

    private static IEnumerable<(string, ReferenceItemData)> CurrencyRows()
    {
        (string Code, string Vi, string En, int Digits)[] rows =
        [
            ("VND", "Đồng Việt Nam", "Vietnamese dong", 0),
            ("USD", "Đô la Mỹ", "US dollar", 2),
            ("EUR", "Euro", "Euro", 2),
            ("JPY", "Yên Nhật", "Japanese yen", 0),
            ("KRW", "Won Hàn Quốc", "South Korean won", 0),
            ("CNY", "Nhân dân tệ (Trung Quốc)", "Chinese yuan renminbi", 2),
            ("TWD", "Đô la Đài Loan", "New Taiwan dollar", 2),
            ("SGD", "Đô la Xinh-ga-po", "Singapore dollar", 2),
            ("HKD", "Đô la Hồng Kông", "Hong Kong dollar", 2),
            ("GBP", "Bảng Anh", "Pound sterling", 2),
            ("AUD", "Đô la Úc", "Australian dollar", 2),
            ("CAD", "Đô la Ca-na-đa", "Canadian dollar", 2),
            ("NZD", "Đô la Niu Di-lân", "New Zealand dollar", 2),
            ("CHF", "Phrăng Thụy Sĩ", "Swiss franc", 2),
            ("SEK", "Cu-ron Thụy Điển", "Swedish krona", 2),
            ("DKK", "Cu-ron Đan Mạch", "Danish krone", 2),
            ("NOK", "Cu-ron Na Uy", "Norwegian krone", 2),
            ("THB", "Bạt Thái Lan", "Thai baht", 2),
            ("MYR", "Ringgit Ma-lai-xi-a", "Malaysian ringgit", 2),
            ("IDR", "Rupiah In-đô-nê-xi-a", "Indonesian rupiah", 2),
            ("PHP", "Peso Phi-líp-pin", "Philippine peso", 2),
            ("INR", "Rupee Ấn Độ", "Indian rupee", 2),
            ("LAK", "Kíp Lào", "Lao kip", 2),
            ("KHR", "Riel Cam-pu-chia", "Cambodian riel", 2),
            ("RUB", "Rúp Nga", "Russian ruble", 2),
            ("XDR", "Quyền rút vốn đặc biệt (SDR)", "Special drawing right (SDR)", 2),
        ];
        return rows.Select(r => (r.Code, new ReferenceItemData(r.Vi, r.En, Category: r.Digits.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }
}
