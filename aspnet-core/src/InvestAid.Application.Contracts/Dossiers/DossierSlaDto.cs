namespace InvestAid.Dossiers;

/// <summary>
/// The time limit of the dossier: started when found complete, <see cref="Limit"/> in <see cref="Unit"/>,
/// due on <see cref="DueDate"/> (null while paused or not started); <see cref="WorkingDaysLeft"/> is negative when overdue.
/// <see cref="Parameter"/> names the legal parameter the limit came from; <see cref="CalendarWarning"/> says when the clock runs
/// through a year whose holiday notice is not entered (statutory days only).
/// </summary>
public sealed record DossierSlaDto(
    DateOnly? StartedOn, int Limit, string Unit, DateOnly? DueDate, int? WorkingDaysLeft, bool IsPaused, IReadOnlyList<SlaPauseDto> Pauses,
    string? Parameter = null, string? CalendarWarning = null);
