using System.Text.Json;
using System.Text.Json.Serialization;
using InvestAid.Common;

namespace InvestAid.Audit;

/// <summary>Builds audit entries from before/after snapshots of a record, attributed to the current user.</summary>
public sealed class AuditRecorder(IAuditLog log, ICurrentUser user, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public void Record(string entityType, Guid entityId, string action, object? before, object? after, string? summary = null)
    {
        log.Record(new AuditEntry(
            entityType,
            entityId,
            action,
            user.Id,
            user.Name,
            clock.GetUtcNow(),
            before is null ? null : JsonSerializer.Serialize(before, before.GetType(), Json),
            after is null ? null : JsonSerializer.Serialize(after, after.GetType(), Json),
            summary));
    }
}
