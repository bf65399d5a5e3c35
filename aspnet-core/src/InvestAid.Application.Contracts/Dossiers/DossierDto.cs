using InvestAid.Workflows;

namespace InvestAid.Dossiers;

public sealed record DossierDto(
    Guid Id, Guid ProjectId, string ProjectCode, string ProjectName, string ProcedureKey, int ProcedureVersion, string? LegalBasis,
    DateOnly ReceivedOn, ApplicantDto Applicant, DossierStatus Status, Guid? WorkflowInstanceId, string? InstanceStatus,
    string? DecisionNumber, DateOnly? DecisionDate, IReadOnlyList<DossierDocumentDto> Documents,
    IReadOnlyList<WorkflowTaskDto> Tasks, IReadOnlyList<WorkflowHistoryDto> History, DossierSlaDto? Sla,
    IReadOnlyList<SignatureDto>? Signatures = null);
