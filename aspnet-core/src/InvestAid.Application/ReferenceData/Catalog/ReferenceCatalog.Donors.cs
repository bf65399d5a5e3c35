namespace InvestAid.ReferenceData.Catalog;

public static partial class ReferenceCatalog
{
    public const string DonorMultilateral = "Multilateral";
    public const string DonorBilateral = "Bilateral";
    public const string DonorNgo = "Ngo";

    /// <summary>
    /// Donors and lenders. Category = <see cref="DonorMultilateral"/>, <see cref="DonorBilateral"/> or
    /// <see cref="DonorNgo"/>; ParentCode = the ISO country of a bilateral donor or of an NGO's seat
    /// (none for multilateral institutions).
    /// </summary>
    public static IReadOnlyList<ReferenceSeedItem> Donors { get; } = Numbered(ReferenceKind.Donor, DonorRows());

    private static IEnumerable<(string, ReferenceItemData)> DonorRows()
    {
        (string Code, string Vi, string En, string Category, string? Country, DateOnly? To)[] rows =
        [
            ("WB", "Ngân hàng Thế giới", "World Bank", DonorMultilateral, null, null),
            ("ADB", "Ngân hàng Phát triển Châu Á", "Asian Development Bank", DonorMultilateral, null, null),
            ("AIIB", "Ngân hàng Đầu tư Cơ sở hạ tầng Châu Á", "Asian Infrastructure Investment Bank", DonorMultilateral, null, null),
            ("IFAD", "Quỹ Quốc tế về Phát triển Nông nghiệp", "International Fund for Agricultural Development", DonorMultilateral, null, null),
            ("EU", "Liên minh Châu Âu", "European Union", DonorMultilateral, null, null),
            ("UNDP", "Chương trình Phát triển Liên Hợp Quốc", "United Nations Development Programme", DonorMultilateral, null, null),
            ("UNICEF", "Quỹ Nhi đồng Liên Hợp Quốc", "United Nations Children's Fund", DonorMultilateral, null, null),
            ("WHO", "Tổ chức Y tế Thế giới", "World Health Organization", DonorMultilateral, null, null),
            ("UNFPA", "Quỹ Dân số Liên Hợp Quốc", "United Nations Population Fund", DonorMultilateral, null, null),
            ("FAO", "Tổ chức Lương thực và Nông nghiệp Liên Hợp Quốc", "Food and Agriculture Organization of the United Nations", DonorMultilateral, null, null),
            ("KEXIM", "Ngân hàng Xuất nhập khẩu Hàn Quốc – Quỹ Hợp tác phát triển kinh tế (EDCF)",
                "Export-Import Bank of Korea – Economic Development Cooperation Fund (EDCF)", DonorBilateral, "KR", null),
            ("KOICA", "Cơ quan Hợp tác Quốc tế Hàn Quốc", "Korea International Cooperation Agency", DonorBilateral, "KR", null),
            ("JICA", "Cơ quan Hợp tác Quốc tế Nhật Bản", "Japan International Cooperation Agency", DonorBilateral, "JP", null),
            ("KFW", "Ngân hàng Tái thiết Đức (KfW)", "KfW Development Bank", DonorBilateral, "DE", null),
            ("GIZ", "Tổ chức Hợp tác Quốc tế Đức", "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)", DonorBilateral, "DE", null),
            ("AFD", "Cơ quan Phát triển Pháp", "Agence Française de Développement", DonorBilateral, "FR", null),
            // USAID stopped administering foreign assistance on 1 July 2025 (programmes moved to the US State Department);
            // kept for historic projects, closed from that day.
            ("USAID", "Cơ quan Phát triển Quốc tế Hoa Kỳ", "United States Agency for International Development", DonorBilateral, "US", new DateOnly(2025, 6, 30)),
            ("DFAT", "Bộ Ngoại giao và Thương mại Ô-xtrây-li-a (Úc)", "Department of Foreign Affairs and Trade (Australia)", DonorBilateral, "AU", null),
            ("BIDMC", "Trung tâm Y tế Beth Israel Deaconess", "Beth Israel Deaconess Medical Center", DonorNgo, "US", null),
            // The organisation behind the acronym is not confirmed here: keep the neutral description until an officer edits it.
            ("DHF", "Quỹ DHF (tổ chức phi chính phủ nước ngoài)", "DHF (foreign non-governmental organisation)", DonorNgo, null, null),
            ("RTR", "Tổ chức Room to Read", "Room to Read", DonorNgo, "US", null),
            ("PLAN", "Tổ chức Plan International", "Plan International", DonorNgo, "GB", null),
            ("WVI", "Tổ chức Tầm nhìn Thế giới (World Vision)", "World Vision International", DonorNgo, "US", null),
            ("SCI", "Tổ chức Cứu trợ Trẻ em (Save the Children)", "Save the Children International", DonorNgo, "GB", null),
            ("OXFAM", "Tổ chức Oxfam", "Oxfam", DonorNgo, null, null),
            ("CRS", "Tổ chức Cứu trợ Công giáo Hoa Kỳ", "Catholic Relief Services", DonorNgo, "US", null),
            ("OPSMILE", "Tổ chức Operation Smile", "Operation Smile", DonorNgo, "US", null),
            ("EMW", "Tổ chức Thrive Networks (East Meets West)", "Thrive Networks (East Meets West)", DonorNgo, "US", null),
            ("PACLINKS", "Quỹ Pacific Links", "Pacific Links Foundation", DonorNgo, "US", null),
            ("HFH", "Tổ chức Habitat for Humanity", "Habitat for Humanity International", DonorNgo, "US", null),
        ];
        return rows.Select(r => (r.Code, new ReferenceItemData(r.Vi, r.En, ParentCode: r.Country, Category: r.Category, EffectiveTo: r.To)));
    }
}
