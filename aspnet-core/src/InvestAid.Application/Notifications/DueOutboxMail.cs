namespace InvestAid.Notifications;

/// <summary>A pending outbox row claimed for sending, with its notification's words and the recipient's language.</summary>
public sealed record DueOutboxMail(Guid Id, string To, int Attempts, string Title, string Body, string? Link, string Language);
