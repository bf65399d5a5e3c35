using InvestAid.Common;

namespace InvestAid.Audit;

/// <summary>
/// One recorded change: who did what to which record, when, with the record before and after as JSON.
/// Append-only: the application never updates or deletes an entry (the table refuses it, too).
/// </summary>
public sealed class AuditEntry : Entity
{
    private AuditEntry() { }

    public AuditEntry(string entityType, Guid entityId, string action, Guid? userId, string? userName,
        DateTimeOffset at, string? before, string? after, string? summary)
    {
        EntityType = entityType;
        EntityId = entityId;
        Action = action;
        UserId = userId;
        UserName = userName;
        At = at;
        Before = before;
        After = after;
        Summary = summary;
    }

    public string EntityType { get; private set; } = "";
    public Guid EntityId { get; private set; }
    public string Action { get; private set; } = "";
    public Guid? UserId { get; private set; }
    public string? UserName { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? Before { get; private set; }
    public string? After { get; private set; }
    public string? Summary { get; private set; }
}
