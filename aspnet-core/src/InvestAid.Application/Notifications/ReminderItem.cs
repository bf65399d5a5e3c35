namespace InvestAid.Notifications;

/// <summary>A reminder a job found due: its idempotency key, what it says (rendered per recipient's language), and who gets it.</summary>
public sealed record ReminderItem(string Key, string Kind, Guid SubjectId, Guid? ProjectId, NotificationText Text, string? Link, IReadOnlyCollection<Guid> Recipients);
