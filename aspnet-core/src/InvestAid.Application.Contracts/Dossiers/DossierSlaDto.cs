namespace InvestAid.Dossiers;

/// <summary>
/// The time limit of the dossier: started when found complete, <see cref="Limit"/> in <see cref="Unit"/>,
/// due on <see cref="DueDate"/> (null while paused or not started); <see cref="WorkingDaysLeft"/> is negative when overdue.
/// </summary>
public sealed record DossierSlaDto(
    DateOnly? StartedOn, int Limit, string Unit, DateOnly? DueDate, int? WorkingDaysLeft, bool IsPaused, IReadOnlyList<SlaPauseDto> Pauses);
