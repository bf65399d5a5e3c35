using InvestAid.Workflows;

namespace InvestAid.Dossiers;

/// <summary>The task page: the task, its dossier with documents, the earlier steps with their comments, and the task's Camunda Form if it has one.</summary>
public sealed record TaskDetailDto(
    WorkflowTaskDto Task, int? WorkingDaysLeft, DossierDto? Dossier, IReadOnlyList<WorkflowHistoryDto> PreviousSteps, Decisions.ResolvedFormDto? Form = null);
