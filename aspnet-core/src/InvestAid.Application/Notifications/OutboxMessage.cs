namespace InvestAid.Notifications;

/// <summary>
/// One e-mail of the outbox: its id (also its Message-ID, so mail clients drop a duplicate), recipient, the
/// notification's title and body in the recipient's <paramref name="Language"/>, and an absolute link (if any).
/// </summary>
public sealed record OutboxMessage(Guid Id, string To, string Title, string Body, string? Link, string? Language);
