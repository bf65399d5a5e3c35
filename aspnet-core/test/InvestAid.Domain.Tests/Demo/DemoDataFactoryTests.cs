using AwesomeAssertions;
using InvestAid.Demo;
using InvestAid.Projects;
using InvestAid.ReferenceData;
using InvestAid.ReferenceData.Catalog;

namespace InvestAid.Domain.Demo;

public sealed class DemoDataFactoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly DemoData Data = DemoDataFactory.Create(Now);

    private static IEnumerable<Project> Fdi => Data.Projects.Where(p => p.Kind == ProjectKind.Fdi);

    [Fact]
    public void Two_calls_give_the_same_data()
    {
        var again = DemoDataFactory.Create(Now);
        again.Projects.Select(Summary).Should().Equal(Data.Projects.Select(Summary));
        again.Contributions.Select(c => (c.InvestorName, c.CountryCode, c.TargetEnterprise, c.ValueUsd, c.ValueVnd, c.Date))
            .Should().Equal(Data.Contributions.Select(c => (c.InvestorName, c.CountryCode, c.TargetEnterprise, c.ValueUsd, c.ValueVnd, c.Date)));

        static string Summary(Project p) =>
            $"{p.Code}|{p.NameVi}|{p.Status}|{p.RegisteredCapitalUsd}|{p.RegisteredCapitalVnd}|{p.Fdi?.IrcNumber}|"
            + string.Join(';', p.CapitalEvents.Select(e => $"{e.Type}:{e.EffectiveDate}:{e.CapitalChangeUsd}:{e.CapitalChangeVnd}"));
    }

    [Fact]
    public void Project_codes_are_unique_and_follow_the_series_format()
    {
        Data.Projects.Select(p => p.Code).Should().OnlyHaveUniqueItems();
        foreach (var project in Data.Projects)
        {
            project.Code.Should().MatchRegex($"^{ProjectCodes.Series(project.Kind)}-20[0-9]{{2}}-[0-9]{{4}}$");
            project.Code.Length.Should().BeLessThanOrEqualTo(ProjectConsts.MaxCodeLength);
            project.NameVi.Length.Should().BeLessThanOrEqualTo(ProjectConsts.MaxNameLength);
        }
    }

    [Fact]
    public void Fdi_codes_are_numbered_in_registration_order_within_each_year()
    {
        foreach (var year in Fdi.GroupBy(p => p.RegisteredOn!.Value.Year))
        {
            var ordered = year.OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
            ordered.Select(p => p.Code).Should().Equal(Enumerable.Range(1, ordered.Count).Select(n => $"FDI-{year.Key}-{n:0000}"));
            ordered.Select(p => p.RegisteredOn).Should().BeInAscendingOrder();
        }
    }

    [Fact]
    public void There_are_at_least_110_fdi_projects_whose_ledgers_hold()
    {
        Fdi.Count().Should().BeGreaterThanOrEqualTo(110);
        Fdi.Select(p => p.Fdi!.IrcNumber).Should().OnlyHaveUniqueItems();
        foreach (var project in Fdi)
        {
            var events = project.CapitalEvents;
            events[0].Type.Should().Be(CapitalEventType.NewRegistration);
            events[0].EffectiveDate.Should().BeOnOrAfter(new DateOnly(2015, 1, 1)).And.BeOnOrBefore(new DateOnly(2026, 10, 31));
            events.Select(e => e.EffectiveDate).Should().BeInAscendingOrder();
            events.Should().HaveCountLessThanOrEqualTo(6);
            var state = CapitalLedger.StateAsOf(events, DateOnly.MaxValue);
            state.IsRegistered.Should().BeTrue();
            state.RegisteredCapitalUsd.Should().Be(project.RegisteredCapitalUsd).And.BePositive();
            state.RegisteredCapitalVnd.Should().Be(project.RegisteredCapitalVnd).And.BePositive();
            events[0].CapitalChangeUsd.Should().BeInRange(500_000m, 300_000_000m);
            // Registered capital is positive on every day after registration.
            foreach (var e in events)
            {
                CapitalLedger.StateAsOf(events, e.EffectiveDate).RegisteredCapitalUsd.Should().BePositive();
            }
            project.Status.Should().Be(state.TerminatedOn is null ? ProjectStatus.Active : ProjectStatus.Terminated);
            project.Investors.Should().NotBeEmpty();
        }
    }

    [Fact]
    public void Some_fdi_projects_are_terminated_and_some_adjusted_both_ways()
    {
        var terminated = Fdi.Count(p => p.Status == ProjectStatus.Terminated);
        terminated.Should().Be(DemoDataFactory.TerminatedFdiProjectCount);
        var adjustments = Fdi.SelectMany(p => p.CapitalEvents).Where(e => e.Type == CapitalEventType.Adjustment).ToList();
        adjustments.Should().Contain(e => e.CapitalChangeUsd > 0);
        adjustments.Should().Contain(e => e.CapitalChangeUsd < 0);
    }

    [Fact]
    public void The_three_named_oda_projects_exist()
    {
        Project ByCode(string code) => Data.Projects.Single(p => p.Code == code);
        var dyke = ByCode(DemoDataFactory.WbDykeProjectCode);
        dyke.DonorCode.Should().Be("WB");
        dyke.Kind.Should().Be(ProjectKind.Oda);
        dyke.NameVi.Should().Be("Nâng cấp hệ thống đê tả sông Luộc");
        var pumps = ByCode(DemoDataFactory.AdbPumpingStationProjectCode);
        pumps.DonorCode.Should().Be("ADB");
        pumps.NameVi.Should().Be("Trạm bơm tiêu Cống Lầy");
        var port = ByCode(DemoDataFactory.KeximFishingPortProjectCode);
        port.DonorCode.Should().Be("KEXIM");
        port.Kind.Should().Be(ProjectKind.ConcessionalLoan);
        port.NameVi.Should().Be("Cảng cá Tân Sơn");
        port.Oda!.Currency.Should().Be("KRW");

        var aid = Data.Projects.Where(p => p.Kind is ProjectKind.Oda or ProjectKind.ConcessionalLoan).ToList();
        aid.Should().HaveCountGreaterThanOrEqualTo(6);
        aid.Select(p => p.Status).Should().Contain([ProjectStatus.Approved, ProjectStatus.Active, ProjectStatus.Completed]);
        aid.Should().OnlyContain(p => p.RegisteredCapitalUsd > 0 && p.RegisteredCapitalVnd > 0);
    }

    [Fact]
    public void Ngo_aid_includes_the_bidmc_hospital_grant()
    {
        var ngo = Data.Projects.Where(p => p.Kind == ProjectKind.NgoAid).ToList();
        ngo.Count.Should().BeInRange(6, 12);
        var bidmc = ngo.Single(p => p.DonorCode == "BIDMC");
        bidmc.Ngo!.CommittedUsd.Should().Be(150_000m);
        bidmc.Ngo.ReceivingAgencyCode.Should().Be("BVDKT");
        bidmc.Ngo.Field.Should().Be("12191");
        ngo.Select(p => p.Ngo!.AidType).Distinct().Should().HaveCount(3);
    }

    [Fact]
    public void Capital_contributions_fall_in_2023_to_2026()
    {
        Data.Contributions.Count.Should().BeInRange(20, 30);
        Data.Contributions.Should().OnlyContain(c => c.Date.Year >= 2023 && c.Date <= new DateOnly(2026, 10, 31) && c.ValueUsd > 0);
    }

    [Fact]
    public void Every_code_used_exists_in_the_reference_catalog()
    {
        var missing = new List<string>();
        void Check(ReferenceKind kind, string? code, string where)
        {
            if (code is not null && !ReferenceCatalog.Contains(kind, code))
            {
                missing.Add($"{where}: {kind} '{code}'");
            }
        }

        foreach (var p in Data.Projects)
        {
            Check(ReferenceKind.AdministrativeUnit, p.CommuneCode, p.Code);
            Check(ReferenceKind.IndustrialZone, p.IndustrialZoneCode, p.Code);
            if (p.SectorCode is not null && !ReferenceCatalog.Contains(ReferenceKind.VsicSection, p.SectorCode))
            {
                Check(ReferenceKind.VsicDivision, p.SectorCode, p.Code);
            }
            Check(ReferenceKind.DacPurpose, p.DacCode, p.Code);
            Check(ReferenceKind.Donor, p.DonorCode, p.Code);
            foreach (var investor in p.Investors)
            {
                Check(ReferenceKind.Country, investor.CountryCode, p.Code);
            }
            Check(ReferenceKind.Currency, p.Oda?.Currency, p.Code);
            Check(ReferenceKind.Currency, p.Ngo?.Currency, p.Code);
            Check(ReferenceKind.Agency, p.Ngo?.ReceivingAgencyCode, p.Code);
            Check(ReferenceKind.DacPurpose, p.Ngo?.Field, p.Code);
            if (p.IndustrialZoneCode is not null)
            {
                ReferenceCatalog.Get(ReferenceKind.IndustrialZone, p.IndustrialZoneCode).Data.ParentCode.Should().Be(p.CommuneCode, p.Code);
            }
            p.CommuneCode.Should().NotBeNull(p.Code);
        }
        foreach (var c in Data.Contributions)
        {
            Check(ReferenceKind.Country, c.CountryCode, c.TargetEnterprise);
            Check(ReferenceKind.VsicDivision, c.SectorCode, c.TargetEnterprise);
            Check(ReferenceKind.AdministrativeUnit, c.CommuneCode, c.TargetEnterprise);
            Check(ReferenceKind.IndustrialZone, c.IndustrialZoneCode, c.TargetEnterprise);
        }
        missing.Should().BeEmpty();
    }

    [Fact]
    public void Receiving_agencies_are_in_force_on_the_approval_date()
    {
        foreach (var p in Data.Projects.Where(p => p.Ngo is { ReceivingAgencyCode: not null, ApprovalDate: not null }))
        {
            var agency = ReferenceCatalog.Get(ReferenceKind.Agency, p.Ngo!.ReceivingAgencyCode!);
            new ReferenceItem(agency.Kind, agency.Code, agency.Data).IsInForceOn(p.Ngo.ApprovalDate!.Value).Should().BeTrue(p.Code);
        }
    }

    [Fact]
    public void Fdi_investors_come_from_the_main_investor_countries()
    {
        Fdi.SelectMany(p => p.Investors).Select(i => i.CountryCode).Distinct().Should()
            .BeEquivalentTo(["KR", "JP", "CN", "TW", "SG", "HK", "US", "VG", "DE", "TH", "MY"]);
        Fdi.Count(p => p.Investors[0].CountryCode == "KR").Should().BeGreaterThan(Fdi.Count() / 5);
    }
}
