using AwesomeAssertions;
using InvestAid.Common;
using InvestAid.Errors;
using InvestAid.Projects;

namespace InvestAid.Domain.Projects;

public sealed class ProjectStatusTests
{
    private static Project NewProject() => new("FDI-2026-0001", ProjectKind.Fdi, "Nhà máy điện tử Thái Bình", "Thai Binh electronics plant");

    [Fact]
    public void A_new_project_is_a_draft()
    {
        NewProject().Status.Should().Be(ProjectStatus.Draft);
    }

    [Fact]
    public void The_approval_path_reaches_completed()
    {
        var project = NewProject();

        project.Submit();
        project.StartReview();
        project.Approve();
        project.Activate();
        project.Complete();

        project.Status.Should().Be(ProjectStatus.Completed);
    }

    [Fact]
    public void A_returned_dossier_can_be_submitted_again()
    {
        var project = NewProject();
        project.Submit();
        project.StartReview();

        project.Return();
        project.Submit();

        project.Status.Should().Be(ProjectStatus.Submitted);
    }

    [Fact]
    public void Approving_a_draft_is_an_invalid_transition_with_its_code()
    {
        var project = NewProject();

        var act = () => project.Approve();

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
        ((Action)(() => _ = new Project(" ", ProjectKind.Oda, "Tên", null))).Should().Throw<ArgumentException>();
        ((Action)(() => _ = new Project("ODA-1", ProjectKind.Oda, "", null))).Should().Throw<ArgumentException>();
    }
}
