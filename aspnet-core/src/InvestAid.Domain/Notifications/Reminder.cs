namespace InvestAid.Notifications;

/// <summary>
/// The fact that a reminder was made: kind + subject + period/checkpoint form its key, inserted with
/// <c>ON CONFLICT DO NOTHING</c>, so a job run twice (or on two nodes at once) reminds once.
/// </summary>
public sealed class Reminder
{
    private Reminder() { }

    public string Key { get; private set; } = "";
    public string Kind { get; private set; } = "";
    public Guid SubjectId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}
