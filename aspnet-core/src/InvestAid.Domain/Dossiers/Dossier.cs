using InvestAid.Common;

namespace InvestAid.Dossiers;

/// <summary>
/// A dossier (hồ sơ) submitted for a project under a legal procedure. It follows the procedure version
/// in force on the day it was received, for life; the workflow instance carries its steps and SLA clock.
/// </summary>
public class Dossier : AggregateRoot
{
    private readonly List<DossierDocument> _documents = [];

    private Dossier() { }

    public Dossier(Guid projectId, string procedureKey, DateOnly receivedOn, string applicantName, string? applicantContact, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(procedureKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(applicantName);
        ProjectId = projectId;
        ProcedureKey = procedureKey;
        ReceivedOn = receivedOn;
        ApplicantName = applicantName.Trim();
        ApplicantContact = applicantContact?.Trim();
        Status = DossierStatus.InProgress;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid ProjectId { get; private set; }
    public string ProcedureKey { get; private set; } = "";
    public int ProcedureVersion { get; private set; }
    /// <summary>Ngày tiếp nhận: the day the dossier was received; it chooses the procedure version.</summary>
    public DateOnly ReceivedOn { get; private set; }
    public string ApplicantName { get; private set; } = "";
    public string? ApplicantContact { get; private set; }
    public DossierStatus Status { get; private set; }
    public Guid? WorkflowInstanceId { get; private set; }
    public string? DecisionNumber { get; private set; }
    public DateOnly? DecisionDate { get; private set; }
    public IReadOnlyList<DossierDocument> Documents => _documents;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Ties the dossier to the instance that runs its procedure (once).</summary>
    public void Follow(Guid instanceId, int procedureVersion, DateTimeOffset now)
    {
        if (WorkflowInstanceId is not null)
        {
            throw new InvalidOperationException($"Dossier {Id} already follows instance {WorkflowInstanceId}.");
        }
        WorkflowInstanceId = instanceId;
        ProcedureVersion = procedureVersion;
        UpdatedAt = now;
    }

    /// <summary>Records the decision of the deciding authority (approval or refusal).</summary>
    public void Decide(bool approved, string? decisionNumber, DateOnly? decisionDate, DateTimeOffset now)
    {
        Status = approved ? DossierStatus.Approved : DossierStatus.Rejected;
        DecisionNumber = decisionNumber;
        DecisionDate = decisionDate;
        UpdatedAt = now;
    }

    /// <summary>
    /// Attaches a document. The same content (same SHA-256) is attached once; the stored file is shared.
    /// </summary>
    public DossierDocument AttachDocument(string fileName, string contentType, long size, string sha256, string? uploadedBy, DateTimeOffset now)
    {
        if (_documents.Find(d => d.Sha256 == sha256) is { } existing)
        {
            return existing;
        }
        var document = new DossierDocument(Id, fileName, contentType, size, sha256, uploadedBy, now);
        _documents.Add(document);
        UpdatedAt = now;
        return document;
    }
}
