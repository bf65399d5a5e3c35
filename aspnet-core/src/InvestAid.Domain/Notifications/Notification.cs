using InvestAid.Common;

namespace InvestAid.Notifications;

/// <summary>A message to one user (the in-app bell). Reminders carry the key that made them, so each is made once.</summary>
public sealed class Notification : Entity
{
    private Notification() { }

    public Notification(Guid userId, string kind, string title, string body, string? link, Guid? projectId, string? reminderKey, DateTimeOffset now,
        string? template = null, string? arguments = null)
    {
        Template = template;
        Arguments = arguments;
        UserId = userId;
        Kind = kind;
        Title = title;
        Body = body;
        Link = link;
        ProjectId = projectId;
        ReminderKey = reminderKey;
        CreatedAt = now;
    }

    public Guid UserId { get; private set; }
    public string Kind { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";
    /// <summary>
    /// The template the title and body were rendered from and its arguments (a JSON object of strings), so the web app can show
    /// the notification in the reader's language; <see cref="Title"/> and <see cref="Body"/> hold it in the recipient's language.
    /// </summary>
    public string? Template { get; private set; }
    public string? Arguments { get; private set; }
    /// <summary>Where the web app opens it, relative to the app's base URL (e.g. <c>/projects/{id}</c>).</summary>
    public string? Link { get; private set; }
    public Guid? ProjectId { get; private set; }
    public string? ReminderKey { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}
