namespace InvestAid.Notifications;

/// <summary>Where a reminder leads, and the stable subject ids of reminders about workflow elements.</summary>
public static class ReminderLinks
{
    public static string Project(Guid id) => $"/projects/{id}";

    /// <summary>The same id for the same element of the same instance, so its reminders share a subject.</summary>
    public static Guid ElementSubject(Guid instanceId, string elementId)
    {
        var bytes = System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes($"{instanceId}:{elementId}"));
        return new Guid(bytes);
    }
}
