namespace InvestAid.ReferenceData.Catalog;

public static partial class ReferenceCatalog
{
    /// <summary>
    /// OECD DAC CRS purpose codes most used for aid to a Vietnamese province (not the full list of ~300).
    /// Category = the three-digit DAC sector the code belongs to. English names follow the CRS code list.
    /// </summary>
    public static IReadOnlyList<ReferenceSeedItem> DacPurposes { get; } = Numbered(ReferenceKind.DacPurpose, DacRows());

    private static IEnumerable<(string, ReferenceItemData)> DacRows()
    {
        (string Code, string Vi, string En)[] rows =
        [
            // 111–114 Education
            ("11110", "Chính sách và quản lý hành chính giáo dục", "Education policy and administrative management"),
            ("11120", "Cơ sở vật chất và đào tạo giáo dục", "Education facilities and training"),
            ("11130", "Đào tạo giáo viên", "Teacher training"),
            ("11220", "Giáo dục tiểu học", "Primary education"),
            ("11230", "Kỹ năng sống cơ bản cho người lớn", "Basic life skills for adults"),
            ("11240", "Giáo dục mầm non", "Early childhood education"),
            ("11320", "Giáo dục trung học", "Secondary education"),
            ("11330", "Giáo dục nghề nghiệp", "Vocational training"),
            ("11420", "Giáo dục đại học", "Higher education"),
            ("11430", "Đào tạo kỹ thuật và quản lý nâng cao", "Advanced technical and managerial training"),
            // 121–123 Health
            ("12110", "Chính sách và quản lý hành chính y tế", "Health policy and administrative management"),
            ("12181", "Giáo dục, đào tạo y khoa", "Medical education/training"),
            ("12182", "Nghiên cứu y học", "Medical research"),
            ("12191", "Dịch vụ y tế", "Medical services"),
            ("12220", "Chăm sóc sức khỏe cơ bản", "Basic health care"),
            ("12230", "Cơ sở hạ tầng y tế cơ bản", "Basic health infrastructure"),
            ("12240", "Dinh dưỡng cơ bản", "Basic nutrition"),
            ("12250", "Kiểm soát bệnh truyền nhiễm", "Infectious disease control"),
            ("12261", "Giáo dục sức khỏe", "Health education"),
            ("12263", "Phòng, chống bệnh lao", "Tuberculosis control"),
            ("12281", "Phát triển nhân lực y tế", "Health personnel development"),
            ("12310", "Phòng, chống bệnh không lây nhiễm", "NCDs control, general"),
            // 130 Population policies and reproductive health
            ("13020", "Chăm sóc sức khỏe sinh sản", "Reproductive health care"),
            ("13030", "Kế hoạch hóa gia đình", "Family planning"),
            ("13040", "Phòng, chống bệnh lây truyền qua đường tình dục, kể cả HIV/AIDS", "STD control including HIV/AIDS"),
            // 140 Water supply and sanitation
            ("14010", "Chính sách và quản lý hành chính ngành nước", "Water sector policy and administrative management"),
            ("14020", "Cấp nước và vệ sinh – hệ thống quy mô lớn", "Water supply and sanitation - large systems"),
            ("14030", "Nước sinh hoạt và vệ sinh cơ bản", "Basic drinking water supply and basic sanitation"),
            ("14040", "Phát triển lưu vực sông", "River basins development"),
            ("14050", "Quản lý, xử lý chất thải", "Waste management/disposal"),
            // 150 Government and civil society
            ("15110", "Chính sách và quản lý hành chính khu vực công", "Public sector policy and administrative management"),
            ("15112", "Phân cấp và hỗ trợ chính quyền địa phương", "Decentralisation and support to subnational government"),
            ("15170", "Tổ chức, phong trào vì quyền của phụ nữ và cơ quan nhà nước liên quan", "Women's rights organisations and movements, and government institutions"),
            ("15180", "Chấm dứt bạo lực đối với phụ nữ và trẻ em gái", "Ending violence against women and girls"),
            // 160 Other social infrastructure and services
            ("16010", "Bảo trợ xã hội", "Social protection"),
            ("16020", "Tạo việc làm", "Employment creation"),
            ("16050", "Hỗ trợ đa ngành cho dịch vụ xã hội cơ bản", "Multisector aid for basic social services"),
            // 210 Transport and storage
            ("21010", "Chính sách và quản lý hành chính giao thông vận tải", "Transport policy and administrative management"),
            ("21020", "Giao thông đường bộ", "Road transport"),
            ("21030", "Giao thông đường sắt", "Rail transport"),
            ("21040", "Giao thông đường thủy", "Water transport"),
            // 220 Communications
            ("22040", "Công nghệ thông tin và truyền thông (ICT)", "Information and communication technology (ICT)"),
            // 230–236 Energy
            ("23110", "Chính sách và quản lý hành chính năng lượng", "Energy policy and administrative management"),
            ("23183", "Sử dụng năng lượng tiết kiệm và hiệu quả", "Energy conservation and demand-side efficiency"),
            ("23210", "Sản xuất năng lượng tái tạo – nhiều công nghệ", "Energy generation, renewable sources - multiple technologies"),
            ("23230", "Điện mặt trời nối lưới", "Solar energy for centralised grids"),
            ("23240", "Điện gió", "Wind energy"),
            ("23630", "Truyền tải và phân phối điện (lưới tập trung)", "Electric power transmission and distribution (centralised grids)"),
            // 240, 250 Banking, business
            ("24030", "Trung gian tài chính chính thức", "Formal sector financial intermediaries"),
            ("24040", "Trung gian tài chính phi chính thức, bán chính thức", "Informal/semi-formal financial intermediaries"),
            ("25010", "Chính sách và quản lý hành chính về kinh doanh", "Business policy and administration"),
            // 311 Agriculture, 312 Forestry, 313 Fishing
            ("31110", "Chính sách và quản lý hành chính nông nghiệp", "Agricultural policy and administrative management"),
            ("31120", "Phát triển nông nghiệp", "Agricultural development"),
            ("31130", "Tài nguyên đất nông nghiệp", "Agricultural land resources"),
            ("31140", "Thủy lợi, tài nguyên nước cho nông nghiệp", "Agricultural water resources"),
            ("31150", "Vật tư đầu vào nông nghiệp", "Agricultural inputs"),
            ("31161", "Sản xuất cây lương thực", "Food crop production"),
            ("31163", "Chăn nuôi", "Livestock"),
            ("31166", "Khuyến nông", "Agricultural extension"),
            ("31195", "Dịch vụ chăn nuôi, thú y", "Livestock/veterinary services"),
            ("31220", "Phát triển lâm nghiệp", "Forestry development"),
            ("31310", "Chính sách và quản lý hành chính thủy sản", "Fishing policy and administrative management"),
            ("31320", "Phát triển thủy sản", "Fishery development"),
            // 321 Industry
            ("32130", "Phát triển doanh nghiệp nhỏ và vừa", "Small and medium-sized enterprises (SME) development"),
            ("32161", "Công nghiệp chế biến nông sản", "Agro-industries"),
            // 410 General environment protection
            ("41010", "Chính sách và quản lý hành chính môi trường", "Environmental policy and administrative management"),
            ("41030", "Đa dạng sinh học", "Biodiversity"),
            ("41050", "Phòng, chống lũ lụt", "Flood prevention/control"),
            ("41081", "Giáo dục, đào tạo về môi trường", "Environmental education/training"),
            // 430 Other multisector
            ("43030", "Phát triển và quản lý đô thị", "Urban development and management"),
            ("43040", "Phát triển nông thôn", "Rural development"),
            ("43060", "Giảm nhẹ rủi ro thiên tai", "Disaster Risk Reduction"),
            // 720 Emergency response, 730 Reconstruction, 740 Disaster prevention
            ("72010", "Hỗ trợ vật chất và dịch vụ cứu trợ", "Material relief assistance and services"),
            ("72040", "Hỗ trợ lương thực khẩn cấp", "Emergency food assistance"),
            ("72050", "Điều phối cứu trợ và dịch vụ hỗ trợ", "Relief co-ordination and support services"),
            ("73010", "Tái thiết, phục hồi sau thiên tai", "Immediate post-emergency reconstruction and rehabilitation"),
            ("74020", "Chuẩn bị ứng phó đa thiên tai", "Multi-hazard response preparedness"),
            // 998 Unallocated
            ("99810", "Chưa phân theo ngành", "Sectors not specified"),
        ];
        return rows.Select(r => (r.Code, new ReferenceItemData(r.Vi, r.En, Category: r.Code[..3])));
    }
}
