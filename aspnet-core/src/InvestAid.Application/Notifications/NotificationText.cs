using System.Text.Json;

namespace InvestAid.Notifications;

/// <summary>What a notification says, as a template key and its arguments (invariant text), so it renders in any language.</summary>
public sealed record NotificationText(string Template, IReadOnlyDictionary<string, string?> Args)
{
    public (string Title, string Body) Render(string? language) => NotificationTemplates.Render(this, language);

    public string ArgumentsJson() => JsonSerializer.Serialize(Args);

    /// <summary>The stored text of a notification, or null when it has none (made before templates were stored) or it cannot be read.</summary>
    public static NotificationText? From(string? template, string? argumentsJson)
    {
        if (string.IsNullOrEmpty(template) || string.IsNullOrEmpty(argumentsJson))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string?>>(argumentsJson) is { } args ? new NotificationText(template, args) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
