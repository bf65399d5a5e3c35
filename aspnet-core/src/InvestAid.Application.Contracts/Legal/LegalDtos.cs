namespace InvestAid.Legal;

/// <summary>A legal citation, structured so a page can print it: document number and title, article, clause, status.</summary>
public sealed record LegalCitationDto(string DocumentNumber, string? DocumentTitle, string? Article, string? Clause, LegalStatus Status);

/// <summary>One version of a legal parameter. <see cref="EffectiveTo"/> is the day before the next current version starts (null: open).</summary>
public sealed record LegalParameterVersionDto(
    Guid Id, string Name, string TitleVi, string? TitleEn, string Value, LegalUnit Unit, string ModelValue, DateOnly EffectiveFrom, DateOnly? EffectiveTo,
    LegalCitationDto Citation, LegalStatus Status, string? Note, string ChangedBy, DateTimeOffset ChangedAt, DateTimeOffset? SupersededAt);

/// <summary>A legal parameter: the version in force on <see cref="On"/> and every current version.</summary>
public sealed record LegalParameterDto(string Name, string TitleVi, string? TitleEn, DateOnly On, LegalParameterVersionDto? InForce,
    IReadOnlyList<LegalParameterVersionDto> Versions);

/// <summary>
/// Adds a version of a parameter (a new name adds the parameter). With <see cref="ReplacesId"/> the request edits that version: it
/// must still be current (else 409), and it is kept in the history as superseded.
/// </summary>
public sealed record SaveLegalParameterVersionRequest(
    string TitleVi, string? TitleEn, string Value, LegalUnit Unit, DateOnly EffectiveFrom, string DocumentNumber, string? Article, string? Clause,
    LegalStatus Status, string? Note, Guid? ReplacesId);

/// <summary>A running dossier whose recorded value of a parameter differs from the version that covers its receipt date.</summary>
public sealed record AffectedDossierDto(Guid DossierId, Guid ProjectId, string ProjectCode, string ProjectName, string ProcedureKey, int ProcedureVersion,
    DateOnly ReceivedOn, string? RecordedValue, string NewValue, DateOnly? DueDateBefore, DateOnly? DueDateAfter);

public sealed record ApplyLegalParameterResult(int Applied, IReadOnlyList<AffectedDossierDto> Dossiers);

/// <summary>A procedure version that cites a document.</summary>
public sealed record CitingProcedureDto(string Key, int Version, string Name, DateOnly? EffectiveFrom, DateOnly? EffectiveTo, string? LegalBasis, bool MentionsUnconfirmed);

/// <summary>A legal document with everything in the application that cites it, for the "Căn cứ pháp lý" page.</summary>
public sealed record LegalDocumentDto(
    Guid Id, string Number, string Kind, string TitleVi, string? TitleEn, DateOnly? IssuedOn, DateOnly? EffectiveFrom, DateOnly? EffectiveTo,
    string? ReplacedBy, LegalStatus Status, string? Note, IReadOnlyList<CitingProcedureDto> Procedures, IReadOnlyList<LegalParameterVersionDto> Parameters,
    int UnconfirmedCount);

/// <summary>A government notice of a year's days off.</summary>
public sealed record HolidayNoticeDto(Guid Id, int Year, string Number, DateOnly? IssuedOn, string? Title, string EnteredBy, DateTimeOffset EnteredAt);

public sealed record SaveHolidayNoticeRequest(int Year, string Number, DateOnly IssuedOn, string? Title);

/// <summary>A calendar year as the admin page shows it: its notices, and the warning when none is entered.</summary>
public sealed record CalendarYearDto(int Year, IReadOnlyList<HolidayNoticeDto> Notices, bool NoticeMissing, string? Warning);
