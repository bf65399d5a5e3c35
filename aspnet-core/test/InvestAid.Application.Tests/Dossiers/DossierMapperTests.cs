using InvestAid.Dossiers;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Application.Dossiers;

/// <summary>A dossier's steps waiting for the job server (asynchronous continuations), which the dossier page labels as background work.</summary>
public sealed class DossierMapperTests
{
    [Fact]
    public void The_background_steps_are_where_the_instance_waits_for_a_job_not_for_a_person_or_a_timer()
    {
        var instance = new WorkflowInstance
        {
            Id = Guid.NewGuid(),
            DefinitionKey = "fees",
            DefinitionVersion = 1,
            Bookmarks =
            [
                new Bookmark { Id = "b1", Kind = BookmarkKind.UserTask, ElementId = "review" },
                new Bookmark { Id = "b2", Kind = BookmarkKind.Job, ElementId = "compute" },
                new Bookmark { Id = "b3", Kind = BookmarkKind.Timer, ElementId = "reminder" },
                new Bookmark { Id = "b4", Kind = BookmarkKind.Job, ElementId = "compute" },
            ],
        };

        DossierMapper.BackgroundSteps(instance, null).Should().Equal("compute");
    }
}
