namespace InvestAid.Dossiers;

/// <summary>A stop of the clock (supplementation); <see cref="WorkingDays"/> counts the working days in (from, to or today].</summary>
public sealed record SlaPauseDto(DateOnly From, DateOnly? To, int WorkingDays);
