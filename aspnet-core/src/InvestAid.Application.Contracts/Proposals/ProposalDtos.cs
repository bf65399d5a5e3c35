using InvestAid.Finance;
using InvestAid.Projects;

namespace InvestAid.Proposals;

/// <summary>One field of a proposal: label in Vietnamese and English, the value then and the value proposed (as text), and the decision.</summary>
public sealed record ProposalFieldDto(string Field, string LabelVi, string LabelEn, string? OldValue, string? NewValue, bool? Accepted);

/// <summary>An outside edit waiting for (or decided by) an officer.</summary>
public sealed record ProposalDto(
    Guid Id,
    Guid ProjectId,
    string ProjectCode,
    string ProjectName,
    string Kind,
    ProposalStatus Status,
    string Reason,
    IReadOnlyList<string> Attachments,
    IReadOnlyList<ProposalFieldDto> Changes,
    string? ProposedByName,
    DateTimeOffset ProposedAt,
    string? DecidedByName,
    DateTimeOffset? DecidedAt,
    string? DecisionComment,
    bool AutoAccepted);

public sealed record ProposalQuery
{
    public Guid? ProjectId { get; init; }
    public ProposalStatus? Status { get; init; }
    public int? Page { get; init; }
    public int? PageSize { get; init; }
}

/// <summary>A proposed change to the project's description: the whole edited record, and why.</summary>
public sealed record ProjectDataProposalRequest(UpdateProjectRequest Changes, string Reason, IReadOnlyList<string>? Attachments = null);

/// <summary>A proposed disbursement row, and why.</summary>
public sealed record DisbursementProposalRequest(DisbursementInput Disbursement, string Reason, IReadOnlyList<string>? Attachments = null);

/// <summary>A proposed quarter's implemented capital, and why.</summary>
public sealed record ImplementedCapitalProposalRequest(ImplementedCapitalInput ImplementedCapital, string Reason, IReadOnlyList<string>? Attachments = null);

/// <summary>An officer's acceptance: every field (<see cref="Fields"/> null) or only those named.</summary>
public sealed record AcceptProposalRequest(IReadOnlyList<string>? Fields = null, string? Comment = null);

public sealed record RejectProposalRequest(string Comment);

/// <summary>
/// How proposals of one kind of change are handled: whether officers' own edits also go through a second person, the working
/// days after which a pending one is accepted automatically (null: never), whether pending ones are in the officers' daily digest.
/// </summary>
public sealed record ProposalKindSettingDto(string Kind, string LabelVi, string LabelEn, bool SecondPerson, int? AutoAcceptAfterWorkingDays, bool InDigest,
    DateTimeOffset? UpdatedAt, string? UpdatedByName);

/// <summary>The proposal settings of every kind; send <see cref="Version"/> back in <c>If-Match</c> to change them.</summary>
public sealed record ProposalSettingsDto(IReadOnlyList<ProposalKindSettingDto> Kinds, string Version);

public sealed record ProposalKindSettingInput(string Kind, bool SecondPerson, int? AutoAcceptAfterWorkingDays, bool InDigest);

/// <summary>The settings of every kind at once (each kind once).</summary>
public sealed record UpdateProposalSettingsRequest(IReadOnlyList<ProposalKindSettingInput> Kinds);
