using InvestAid.Procedures;
using InvestAid.Projects;
using InvestAid.Workflows;
using InvestAid.Workflows.Calendar;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Dossiers;

/// <summary>Dossier, its instance's steps and its SLA clock as the API shows them.</summary>
public static class DossierMapper
{
    public static DossierDto ToDto(this Dossier d, Project project, WorkflowInstance? instance, string? legalBasis, IWorkingDayCalendar calendar,
        DateOnly today, DateTimeOffset now, IReadOnlySet<int>? yearsWithNotice = null, StepNames? names = null,
        IReadOnlyDictionary<string, string>? people = null) =>
        new(d.Id, d.ProjectId, project.Code, project.NameVi, d.ProcedureKey, d.ProcedureVersion, legalBasis, d.ReceivedOn,
            new ApplicantDto(d.ApplicantName, d.ApplicantContact), d.Status, d.WorkflowInstanceId, instance?.Status.ToString(),
            d.DecisionNumber, d.DecisionDate, [.. d.Documents.Select(x => x.ToDto(people))],
            instance is null ? [] : [.. instance.Tasks.Select(t => t.ToDto(instance, now, names))],
            instance is null ? [] : [.. instance.History.Select(h => ToDto(h, instance, names))],
            instance is null ? null : Sla(ProcedureSla.Read(instance.Variables[ProcedureVariables.Sla]), calendar, today, yearsWithNotice),
            instance is null ? [] : Signatures(instance), instance is null ? [] : BackgroundSteps(instance, names));

    /// <summary>The steps where the instance waits for a job (an asynchronous continuation), named when <paramref name="names"/> is given.</summary>
    public static IReadOnlyList<string> BackgroundSteps(WorkflowInstance instance, StepNames? names) =>
        [.. instance.Bookmarks.Where(b => b.Kind == BookmarkKind.Job)
            .Select(b => names?.Of(instance.DefinitionKey, instance.DefinitionVersion, b.ElementId, null) ?? b.ElementId).Distinct()];

    /// <summary>The signatures the approval chain recorded (variable <c>signatures</c>), oldest first.</summary>
    public static IReadOnlyList<SignatureDto> Signatures(WorkflowInstance instance) =>
        instance.Variables[ProcedureVariables.Signatures] is System.Text.Json.Nodes.JsonArray list
            ? [.. list.OfType<System.Text.Json.Nodes.JsonObject>().Select(o => new SignatureDto(
                Text(o, "step") ?? "", Text(o, "mode") ?? "direct", Text(o, "signerName"), Text(o, "signerTitle"), Text(o, "onBehalfOfName"),
                Text(o, "onBehalfOfTitle"), DateOnly.TryParse(Text(o, "on"), System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null))]
            : [];

    private static string? Text(System.Text.Json.Nodes.JsonObject o, string name) =>
        o[name] is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <param name="people">Display names by e-mail address (<see cref="Identity.IUserDirectory.NamesAsync"/>).</param>
    public static DossierDocumentDto ToDto(this DossierDocument d, IReadOnlyDictionary<string, string>? people) =>
        new(d.Id, d.FileName, d.ContentType, d.Size, d.Sha256,
            d.UploadedBy is { } email && people is not null && people.TryGetValue(email, out var name) ? name : d.UploadedBy, d.UploadedAt, d.UploadedBy);

    /// <summary>A history entry, named in the request's language when <paramref name="names"/> is given.</summary>
    public static WorkflowHistoryDto ToDto(HistoryEntry h, WorkflowInstance i, StepNames? names) =>
        new(h.ActivityId, h.ActivityType, h.TaskId, h.Started, h.Ended, h.Actor, h.Outcome, h.Comment, null,
            names?.Of(i.DefinitionKey, i.DefinitionVersion, h.ActivityId, null));

    public static WorkflowTaskDto ToDto(this WorkflowTask t, WorkflowInstance i, DateTimeOffset now, StepNames? names = null) =>
        new(t.Id, i.Id, i.DefinitionKey, i.BusinessKey, t.ElementId, names?.Of(i.DefinitionKey, i.DefinitionVersion, t.ElementId, t.Name) ?? t.Name, t.Assignee, t.CandidateUsers, t.CandidateGroups, t.DueAt,
            t.Status == WorkflowTaskStatus.Open && t.DueAt < now, t.Outcomes, t.Status.ToString(), t.CreatedAt, t.ClosedAt, t.CompletedBy,
            t.Outcome, t.FormKey, t.Priority, t.FollowUpAt)
        {
            Owner = t.Owner, DelegationState = t.DelegationState, ETag = TaskETag.Of(t),
        };

    /// <summary>
    /// Working days from today to the due day: 0 on the day, negative once it has passed; null when the due day lies outside
    /// the calendar's years (a model with a fixed ISO date), which leaves the count empty instead of failing the answer.
    /// </summary>
    public static int? WorkingDaysLeft(IWorkingDayCalendar calendar, DateOnly today, DateOnly due)
    {
        try
        {
            return calendar.WorkingDaysBetween(today, due);
        }
        catch (CalendarException)
        {
            return null;
        }
    }

    private static DossierSlaDto Sla(ProcedureSla sla, IWorkingDayCalendar calendar, DateOnly today, IReadOnlySet<int>? yearsWithNotice)
    {
        var due = sla.Clock()?.DueDate(calendar);
        var warning = yearsWithNotice is not null && sla.StartedOn is { } start && due is { } end
            ? Legal.HolidayNoticeService.WarningFor(yearsWithNotice, start, end) : null;
        return new DossierSlaDto(sla.StartedOn, sla.Limit, sla.Unit.ToString(), due, due is { } d ? WorkingDaysLeft(calendar, today, d) : null,
            sla.IsPaused, [.. sla.Pauses.Select(p => new SlaPauseDto(p.From, p.To, calendar.WorkingDaysBetween(p.From, p.To ?? today)))],
            sla.Parameter, warning);
    }
}
