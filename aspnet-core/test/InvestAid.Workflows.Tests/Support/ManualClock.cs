namespace InvestAid.Workflows.Support;

/// <summary>A clock tests move by hand (Monday 2 March 2026, 08:00 in Viet Nam, by default).</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(7));

    public ManualClock()
        : this(Monday)
    {
    }

    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
