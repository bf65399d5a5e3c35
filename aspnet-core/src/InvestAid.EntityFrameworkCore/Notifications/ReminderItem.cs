namespace InvestAid.EntityFrameworkCore.Notifications;

/// <summary>A reminder a job found due: its idempotency key, what it says, and who gets it.</summary>
public sealed record ReminderItem(string Key, string Kind, Guid SubjectId, Guid? ProjectId, string Title, string Body, string? Link, IReadOnlyCollection<Guid> Recipients);
