using AwesomeAssertions;
using InvestAid.Demo;
using InvestAid.Finance;
using InvestAid.Projects;

namespace InvestAid.Domain.Demo;

/// <summary>The demo's money records: plausible, dated up to today, and the same on every machine.</summary>
public sealed class DemoFinanceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly DemoData Data = DemoDataFactory.Create(Now);

    private static IEnumerable<CapitalPlanRevision> Plans => Data.Finance.OfType<CapitalPlanRevision>();
    private static IEnumerable<Disbursement> Disbursements => Data.Finance.OfType<Disbursement>();
    private static IEnumerable<AidReceipt> Receipts => Data.Finance.OfType<AidReceipt>();

    [Fact]
    public void Running_ODA_projects_have_this_and_last_years_plans_and_disbursements()
    {
        var running = Data.Projects.Where(p => p.Oda is not null && p.Status == ProjectStatus.Active).Select(p => p.Id).ToList();

        running.Should().NotBeEmpty();
        Plans.Select(p => p.ProjectId).Distinct().Should().BeEquivalentTo(running.Concat(
            Data.Projects.Where(p => p.Oda is not null && p.Status == ProjectStatus.Completed).Select(p => p.Id)));
        foreach (var id in running)
        {
            Plans.Where(p => p.ProjectId == id).Select(p => p.Year).Distinct().Should().BeEquivalentTo([2025, 2026]);
            Disbursements.Should().Contain(d => d.ProjectId == id && d.Date.Year == 2026);
        }
    }

    [Fact]
    public void Each_year_disburses_less_than_its_plan_in_force_and_nothing_after_today()
    {
        foreach (var year in Plans.GroupBy(p => (p.ProjectId, p.Year)))
        {
            var plan = CapitalPlanRevision.InForceOn(year, new DateOnly(year.Key.Year, 12, 31) > Today ? Today : new DateOnly(year.Key.Year, 12, 31))!;
            var foreign = Disbursements.Where(d => d.ProjectId == year.Key.ProjectId && d.Date.Year == year.Key.Year && d.Source != DisbursementSource.Counterpart)
                .Sum(d => d.Amount);
            foreign.Should().BeLessThanOrEqualTo(plan.ForeignAmount * 1.2m, "a revision may lower the plan below what was paid before it, by little");
        }

        Disbursements.Should().OnlyContain(d => d.Date <= Today && d.Amount > 0 && d.AmountVnd > 0);
        Plans.Should().OnlyContain(p => p.EffectiveDate <= Today && p.ForeignVnd >= 0);
        Disbursements.Select(d => d.Reference).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Approved_NGO_aid_has_receipts_within_its_commitment()
    {
        var ngo = Data.Projects.Where(p => p.Ngo is not null).ToDictionary(p => p.Id);

        Receipts.Should().NotBeEmpty();
        foreach (var project in Receipts.GroupBy(r => r.ProjectId))
        {
            ngo[project.Key].Status.Should().BeOneOf(ProjectStatus.Approved, ProjectStatus.Active, ProjectStatus.Completed);
            project.Sum(r => r.Amount).Should().BeLessThanOrEqualTo(ngo[project.Key].Ngo!.CommittedAmount);
            project.Should().OnlyContain(r => r.Date <= Today && r.AmountVnd > 0);
        }
    }

    [Fact]
    public void Two_calls_give_the_same_money()
    {
        var again = DemoDataFactory.Create(Now);

        again.Finance.OfType<Disbursement>().Select(d => (d.Reference, d.Date, d.Amount, d.Source))
            .Should().Equal(Disbursements.Select(d => (d.Reference, d.Date, d.Amount, d.Source)));
        again.Finance.OfType<CapitalPlanRevision>().Select(p => (p.Year, p.Revision, p.ForeignAmount))
            .Should().Equal(Plans.Select(p => (p.Year, p.Revision, p.ForeignAmount)));
    }
}
