using System.Text.Json;

namespace InvestAid.Workflows;

/// <summary>
/// Starts the version in force <see cref="On"/> (default today, Asia/Ho_Chi_Minh), or exactly <see cref="Version"/>;
/// with <see cref="Message"/>, at the message start event that catches that message (its payload in <see cref="Variables"/>).
/// </summary>
public sealed record StartInstanceRequest(
    string DefinitionKey, string? BusinessKey, Dictionary<string, JsonElement>? Variables = null, int? Version = null, DateOnly? On = null,
    string? Message = null);
