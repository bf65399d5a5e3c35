using System.Text;
using AwesomeAssertions;
using InvestAid.ReferenceData;
using InvestAid.ReferenceData.Catalog;

namespace InvestAid.Domain.Demo;

public sealed class ReferenceCatalogTests
{
    [Fact]
    public void No_kind_and_code_appears_twice()
    {
        ReferenceCatalog.All.GroupBy(i => (i.Kind, i.Code)).Where(g => g.Count() > 1).Select(g => g.Key).Should().BeEmpty();
    }

    [Fact]
    public void Every_item_fits_the_reference_field_limits_and_is_normalised()
    {
        foreach (var item in ReferenceCatalog.All)
        {
            item.Code.Length.Should().BeLessThanOrEqualTo(ReferenceConsts.MaxCodeLength, item.Code);
            item.Data.NameVi.Length.Should().BeLessThanOrEqualTo(ReferenceConsts.MaxNameLength, item.Code);
            (item.Data.NameEn?.Length ?? 0).Should().BeLessThanOrEqualTo(ReferenceConsts.MaxNameLength, item.Code);
            (item.Data.Category?.Length ?? 0).Should().BeLessThanOrEqualTo(ReferenceConsts.MaxCategoryLength, item.Code);
            item.Data.NameVi.IsNormalized(NormalizationForm.FormC).Should().BeTrue($"{item.Code} is stored in NFC");
            item.Data.NameVi.Should().Be(item.Data.NameVi.Trim());
            // The domain entity accepts it.
            _ = new ReferenceItem(item.Kind, item.Code, item.Data);
        }
    }

    [Fact]
    public void Countries_are_all_249_iso_codes_with_the_expected_vietnamese_names()
    {
        var countries = ReferenceCatalog.Countries;
        countries.Should().HaveCount(249);
        countries.Should().OnlyContain(c => c.Code.Length == 2 && c.Code.All(char.IsAsciiLetterUpper));
        countries.Select(c => c.Code).Should().BeInAscendingOrder(StringComparer.Ordinal);
        string Vi(string code) => ReferenceCatalog.Get(ReferenceKind.Country, code).Data.NameVi;
        Vi("KR").Should().Be("Hàn Quốc");
        Vi("JP").Should().Be("Nhật Bản");
        Vi("CN").Should().Be("Trung Quốc");
        Vi("TW").Should().Be("Đài Loan (Trung Quốc)");
        Vi("SG").Should().Be("Xinh-ga-po");
        Vi("HK").Should().Be("Hồng Kông (Trung Quốc)");
        Vi("US").Should().Be("Hoa Kỳ");
        Vi("VG").Should().Be("Quần đảo Virgin thuộc Anh");
        Vi("VN").Should().Be("Việt Nam");
        ReferenceCatalog.Get(ReferenceKind.Country, "KR").Data.NameEn.Should().Be("South Korea");
    }

    [Fact]
    public void Currencies_carry_their_minor_digits()
    {
        string Digits(string code) => ReferenceCatalog.Get(ReferenceKind.Currency, code).Data.Category!;
        Digits("VND").Should().Be("0");
        Digits("JPY").Should().Be("0");
        Digits("KRW").Should().Be("0");
        Digits("USD").Should().Be("2");
        Digits("EUR").Should().Be("2");
        ReferenceCatalog.Currencies.Should().OnlyContain(c => c.Data.Category == "0" || c.Data.Category == "2");
        ReferenceCatalog.Currencies.Count.Should().BeGreaterThanOrEqualTo(20);
    }

    [Fact]
    public void Vsic_has_21_sections_and_88_divisions_each_under_an_existing_section()
    {
        ReferenceCatalog.VsicSections.Should().HaveCount(21);
        ReferenceCatalog.VsicSections.Select(s => s.Code).Should().Equal(Enumerable.Range('A', 21).Select(c => ((char)c).ToString()));
        ReferenceCatalog.VsicDivisions.Should().HaveCount(88);
        foreach (var division in ReferenceCatalog.VsicDivisions)
        {
            division.Code.Should().MatchRegex("^[0-9]{2}$");
            ReferenceCatalog.Contains(ReferenceKind.VsicSection, division.Data.ParentCode).Should().BeTrue(division.Code);
        }
        ReferenceCatalog.Get(ReferenceKind.VsicDivision, "26").Data.ParentCode.Should().Be("C");
        ReferenceCatalog.Get(ReferenceKind.VsicDivision, "68").Data.ParentCode.Should().Be("L");
    }

    [Fact]
    public void Dac_codes_are_five_digits_in_their_sector()
    {
        ReferenceCatalog.DacPurposes.Should().OnlyContain(d => d.Code.Length == 5 && d.Code.All(char.IsAsciiDigit) && d.Data.Category == d.Code.Substring(0, 3));
        foreach (var code in new[] { "12220", "12191", "14020", "14030", "31120", "31140", "31161", "31310", "31320", "41050", "74020", "21020", "21040", "23210", "23230", "15110" })
        {
            ReferenceCatalog.Contains(ReferenceKind.DacPurpose, code).Should().BeTrue(code);
        }
    }

    [Fact]
    public void Donors_have_a_known_category_and_an_existing_country()
    {
        ReferenceCatalog.Donors.Should().OnlyContain(d => d.Data.Category == "Multilateral" || d.Data.Category == "Bilateral" || d.Data.Category == "Ngo");
        foreach (var donor in ReferenceCatalog.Donors.Where(d => d.Data.ParentCode is not null))
        {
            ReferenceCatalog.Contains(ReferenceKind.Country, donor.Data.ParentCode).Should().BeTrue(donor.Code);
        }
        ReferenceCatalog.Get(ReferenceKind.Donor, "WB").Data.NameVi.Should().Be("Ngân hàng Thế giới");
        ReferenceCatalog.Get(ReferenceKind.Donor, "KEXIM").Data.ParentCode.Should().Be("KR");
    }

    [Fact]
    public void Communes_belong_to_the_province_from_the_reform_and_zones_to_communes()
    {
        var province = ReferenceCatalog.Get(ReferenceKind.AdministrativeUnit, ReferenceCatalog.ProvinceCode);
        province.Data.NameVi.Should().Be("Tỉnh Hưng Yên");
        province.Data.Category.Should().Be("Province");
        var communes = ReferenceCatalog.AdministrativeUnits.Where(u => u.Data.Category == "Commune").ToList();
        communes.Count.Should().BeGreaterThanOrEqualTo(30);
        communes.Should().OnlyContain(c => c.Data.ParentCode == ReferenceCatalog.ProvinceCode
            && c.Data.EffectiveFrom == new DateOnly(2025, 7, 1) && c.Code.Length == 5 && c.Code.All(char.IsAsciiDigit));
        foreach (var zone in ReferenceCatalog.IndustrialZones)
        {
            communes.Select(c => c.Code).Should().Contain(zone.Data.ParentCode, zone.Code);
        }
    }

    [Fact]
    public void The_planning_department_is_skhdt_until_february_2025_and_stc_after()
    {
        var skhdt = ReferenceCatalog.Get(ReferenceKind.Agency, "SKHDT").Data;
        var stc = ReferenceCatalog.Get(ReferenceKind.Agency, "STC").Data;
        skhdt.EffectiveTo.Should().Be(new DateOnly(2025, 2, 28));
        stc.EffectiveFrom.Should().Be(new DateOnly(2025, 3, 1));
        skhdt.Category.Should().Be("PlanningDepartment");
        stc.Category.Should().Be("PlanningDepartment");

        ReferenceItem PlanningDepartmentOn(DateOnly day) => ReferenceCatalog.Agencies
            .Select(a => new ReferenceItem(a.Kind, a.Code, a.Data))
            .Single(a => a.Category == "PlanningDepartment" && a.IsInForceOn(day));
        PlanningDepartmentOn(new DateOnly(2025, 2, 28)).Code.Should().Be("SKHDT");
        PlanningDepartmentOn(new DateOnly(2025, 3, 1)).Code.Should().Be("STC");
    }
}
