using AwesomeAssertions;
using InvestAid.Finance;

namespace InvestAid.Domain.Finance;

/// <summary>The annual capital plan in force on a day: the latest revision effective on or before it.</summary>
public sealed class CapitalPlanRevisionTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly Guid ProjectId = Guid.NewGuid();

    private static CapitalPlanRevision Plan(int revision, DateOnly effective, decimal foreignVnd) =>
        new(ProjectId, 2026, revision, effective, revision == 0 ? null : "điều chỉnh", "USD", foreignVnd / 25_000m, 0m, foreignVnd, 1_000m, Now, "Chuyên viên");

    [Fact]
    public void Before_the_first_plan_of_the_year_none_is_in_force()
    {
        CapitalPlanRevision.InForceOn([Plan(0, new DateOnly(2026, 1, 15), 100m)], new DateOnly(2026, 1, 14)).Should().BeNull();
    }

    [Fact]
    public void The_latest_revision_effective_on_or_before_the_day_is_in_force_whatever_the_order_they_were_typed_in()
    {
        var first = Plan(0, new DateOnly(2026, 1, 15), 100m);
        var second = Plan(1, new DateOnly(2026, 6, 30), 80m);
        var third = Plan(2, new DateOnly(2026, 10, 1), 120m);
        CapitalPlanRevision[] typed = [third, first, second];

        CapitalPlanRevision.InForceOn(typed, new DateOnly(2026, 6, 29)).Should().BeSameAs(first);
        CapitalPlanRevision.InForceOn(typed, new DateOnly(2026, 6, 30)).Should().BeSameAs(second);
        CapitalPlanRevision.InForceOn(typed, new DateOnly(2026, 12, 31)).Should().BeSameAs(third);
        third.TotalVnd.Should().Be(1_120m);
    }

    [Fact]
    public void Two_revisions_effective_the_same_day_resolve_to_the_later_revision()
    {
        var morning = Plan(1, new DateOnly(2026, 6, 30), 80m);
        var afternoon = Plan(2, new DateOnly(2026, 6, 30), 90m);

        CapitalPlanRevision.InForceOn([afternoon, morning], new DateOnly(2026, 6, 30)).Should().BeSameAs(afternoon);
    }
}
