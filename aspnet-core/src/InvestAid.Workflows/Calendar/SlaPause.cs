namespace InvestAid.Workflows.Calendar;

/// <summary>
/// A stop of the SLA clock, e.g. while a dossier is back with the applicant for supplementation.
/// Like a time limit's start day, <see cref="From"/> itself still counts: the days not counted
/// are those after <see cref="From"/> up to and including <see cref="To"/>. <see cref="To"/> is
/// null while the clock is still stopped.
/// </summary>
public sealed record SlaPause
{
    public SlaPause(DateOnly from, DateOnly? to = null)
    {
        if (to is { } end && end < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, $"A pause cannot end ({end:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).");
        }

        From = from;
        To = to;
    }

    public DateOnly From { get; }

    public DateOnly? To { get; }

    public bool IsOpen => To is null;
}
