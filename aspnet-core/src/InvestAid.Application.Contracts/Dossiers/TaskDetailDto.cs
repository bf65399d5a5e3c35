using InvestAid.Workflows;

namespace InvestAid.Dossiers;

/// <summary>The task page: the task, its dossier with documents, and the earlier steps with their comments.</summary>
public sealed record TaskDetailDto(WorkflowTaskDto Task, int? WorkingDaysLeft, DossierDto? Dossier, IReadOnlyList<WorkflowHistoryDto> PreviousSteps);
