namespace InvestAid.Notifications;

/// <summary>An e-mail of the outbox as administrators see it: where it goes, what it says, how sending went.</summary>
public sealed record OutboxMailDto(
    Guid Id, string ToAddress, string Subject, string Status, int Attempts, string? LastError,
    DateTimeOffset NextAttemptAt, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);
