using AwesomeAssertions;
using InvestAid.Common;
using InvestAid.Errors;
using InvestAid.Projects;

namespace InvestAid.Domain.Projects;

public sealed class ProjectStatusTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static Project NewProject() =>
        new("FDI-2026-0001", ProjectKind.Fdi, new ProjectProfile { NameVi = "Nhà máy điện tử Thái Bình", NameEn = "Thai Binh electronics plant" }, Now);

    [Fact]
    public void A_new_project_is_a_draft()
    {
        NewProject().Status.Should().Be(ProjectStatus.Draft);
    }

    [Fact]
    public void Every_move_is_recorded_with_its_effective_date_and_the_past_status_reads_back()
    {
        var project = NewProject();
        project.Submit(new DateOnly(2026, 1, 5), Now);
        project.StartReview(new DateOnly(2026, 1, 7), Now);
        project.Approve(new DateOnly(2026, 2, 10), Now);

        project.StatusChanges.Select(c => c.To).Should().Equal(ProjectStatus.Submitted, ProjectStatus.UnderReview, ProjectStatus.Approved);
        project.StatusAsOf(new DateOnly(2026, 1, 6)).Should().Be(ProjectStatus.Submitted);
        project.StatusAsOf(new DateOnly(2026, 2, 9)).Should().Be(ProjectStatus.UnderReview);
        project.StatusAsOf(new DateOnly(2026, 2, 10)).Should().Be(ProjectStatus.Approved);
        project.StatusAsOf(new DateOnly(2025, 12, 31)).Should().Be(ProjectStatus.Draft);
    }

    [Fact]
    public void The_approval_path_reaches_completed()
    {
        var project = NewProject();

        project.Submit(Today, Now);
        project.StartReview(Today, Now);
        project.Approve(Today, Now);
        project.Activate(Today, Now);
        project.Complete(Today, Now);

        project.Status.Should().Be(ProjectStatus.Completed);
    }

    [Fact]
    public void A_returned_dossier_can_be_submitted_again()
    {
        var project = NewProject();
        project.Submit(Today, Now);
        project.StartReview(Today, Now);

        project.Return(Today, Now);
        project.Submit(Today, Now);

        project.Status.Should().Be(ProjectStatus.Submitted);
    }

    [Fact]
    public void Approving_a_draft_is_an_invalid_transition_with_its_code()
    {
        var project = NewProject();

        var act = () => project.Approve(Today, Now);

        act.Should().Throw<DomainException>().Which.Code.Should().Be(ErrorCodes.ProjectInvalidTransition);
        project.Status.Should().Be(ProjectStatus.Draft);
    }

    [Theory]
    [InlineData(ProjectStatus.Rejected)]
    [InlineData(ProjectStatus.Completed)]
    [InlineData(ProjectStatus.Terminated)]
    public void Final_states_allow_no_move(ProjectStatus final)
    {
        ProjectStatusTransitions.From(final).Should().BeEmpty();
        foreach (var target in Enum.GetValues<ProjectStatus>())
        {
            ProjectStatusTransitions.IsAllowed(final, target).Should().BeFalse();
        }
    }

    [Fact]
    public void Every_status_has_its_transitions_declared()
    {
        foreach (var status in Enum.GetValues<ProjectStatus>())
        {
            var act = () => ProjectStatusTransitions.From(status);
            act.Should().NotThrow();
        }
    }

    [Fact]
    public void A_project_needs_a_code_and_a_vietnamese_name()
    {
        ((Action)(() => _ = new Project(" ", ProjectKind.DomesticInvestment, new ProjectProfile { NameVi = "Tên" }, Now))).Should().Throw<ArgumentException>();
        ((Action)(() => _ = new Project("DOM-1", ProjectKind.DomesticInvestment, new ProjectProfile { NameVi = "" }, Now))).Should().Throw<ArgumentException>();
    }
}
