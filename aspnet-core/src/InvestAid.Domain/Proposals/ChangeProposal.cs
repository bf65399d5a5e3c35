using System.Text.Json;
using InvestAid.Common;
using InvestAid.Errors;

namespace InvestAid.Proposals;

/// <summary>
/// An edit made by someone outside the department (an owner, an agency), or by an officer where a second person
/// must confirm it, held back until an officer decides (đề xuất chờ xác nhận). Until accepted it changes nothing that
/// lists, reports, exports or IATI read: the record itself is only written when the proposal is accepted.
/// </summary>
public sealed class ChangeProposal : AggregateRoot
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private ChangeProposal() { }

    public ChangeProposal(Guid projectId, string kind, string payloadJson, IReadOnlyList<ProposedFieldChange> changes, string reason,
        IReadOnlyList<string> attachments, Guid? proposedById, string? proposedByName, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ProjectId = projectId;
        Kind = kind;
        PayloadJson = payloadJson;
        ChangesJson = JsonSerializer.Serialize(changes, Json);
        AttachmentsJson = JsonSerializer.Serialize(attachments, Json);
        Reason = reason;
        ProposedById = proposedById;
        ProposedByName = proposedByName;
        ProposedAt = now;
        Status = ProposalStatus.Pending;
    }

    public Guid ProjectId { get; private set; }
    public string Kind { get; private set; } = "";
    public ProposalStatus Status { get; private set; }
    /// <summary>The whole request as proposed (JSON), applied through the same use case an officer's edit takes.</summary>
    public string PayloadJson { get; private set; } = "{}";
    public string ChangesJson { get; private set; } = "[]";
    public string AttachmentsJson { get; private set; } = "[]";
    public string Reason { get; private set; } = "";
    public Guid? ProposedById { get; private set; }
    public string? ProposedByName { get; private set; }
    public DateTimeOffset ProposedAt { get; private set; }
    public Guid? DecidedById { get; private set; }
    public string? DecidedByName { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecisionComment { get; private set; }
    /// <summary>True when no officer decided: the automatic acceptance after the configured working days took it.</summary>
    public bool AutoAccepted { get; private set; }

    public IReadOnlyList<ProposedFieldChange> Changes => JsonSerializer.Deserialize<List<ProposedFieldChange>>(ChangesJson, Json) ?? [];

    public IReadOnlyList<string> Attachments => JsonSerializer.Deserialize<List<string>>(AttachmentsJson, Json) ?? [];

    /// <summary>Accepts the fields named (all when <paramref name="fields"/> is null); the rest are marked refused.</summary>
    public IReadOnlyList<ProposedFieldChange> Accept(IReadOnlyCollection<string>? fields, Guid? byId, string? byName, string? comment, DateTimeOffset now, bool automatic = false)
    {
        EnsurePending();
        if (!automatic && byId is not null && byId == ProposedById)
        {
            throw new DomainException(ErrorCodes.ProposalSamePerson, "Người đề xuất không thể tự xác nhận đề xuất của mình. / The proposer cannot accept their own proposal.");
        }
        var decided = Changes.Select(c => c with { Accepted = fields is null || fields.Contains(c.Field) }).ToList();
        ChangesJson = JsonSerializer.Serialize(decided, Json);
        Status = decided.All(c => c.Accepted == true) ? ProposalStatus.Accepted : ProposalStatus.PartiallyAccepted;
        Decide(byId, byName, comment, now);
        AutoAccepted = automatic;
        return decided.Where(c => c.Accepted == true).ToList();
    }

    public void Reject(Guid? byId, string? byName, string comment, DateTimeOffset now)
    {
        EnsurePending();
        ChangesJson = JsonSerializer.Serialize(Changes.Select(c => c with { Accepted = false }).ToList(), Json);
        Status = ProposalStatus.Rejected;
        Decide(byId, byName, comment, now);
    }

    private void Decide(Guid? byId, string? byName, string? comment, DateTimeOffset now)
    {
        DecidedById = byId;
        DecidedByName = byName;
        DecidedAt = now;
        DecisionComment = comment;
    }

    private void EnsurePending()
    {
        if (Status != ProposalStatus.Pending)
        {
            throw new DomainException(ErrorCodes.ProposalDecided, "Đề xuất này đã được xử lý. / This proposal has already been decided.");
        }
    }
}
