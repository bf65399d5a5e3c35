using InvestAid.Workflows;

namespace InvestAid.Dossiers;

/// <summary>
/// A dossier with its instance's open tasks, history and SLA. <see cref="BackgroundSteps"/>: the steps (names) where the instance waits for
/// an asynchronous continuation (<c>camunda:asyncBefore</c>/<c>asyncAfter</c>) to be run by the job server, not for a person.
/// </summary>
public sealed record DossierDto(
    Guid Id, Guid ProjectId, string ProjectCode, string ProjectName, string ProcedureKey, int ProcedureVersion, string? LegalBasis,
    DateOnly ReceivedOn, ApplicantDto Applicant, DossierStatus Status, Guid? WorkflowInstanceId, string? InstanceStatus,
    string? DecisionNumber, DateOnly? DecisionDate, IReadOnlyList<DossierDocumentDto> Documents,
    IReadOnlyList<WorkflowTaskDto> Tasks, IReadOnlyList<WorkflowHistoryDto> History, DossierSlaDto? Sla,
    IReadOnlyList<SignatureDto>? Signatures = null, IReadOnlyList<string>? BackgroundSteps = null);
