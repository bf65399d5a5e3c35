using System.Text.Json;

namespace InvestAid.Workflows;

/// <summary>
/// Delivers message <see cref="Name"/> to the one running instance waiting for it, chosen by <see cref="BusinessKey"/>
/// and/or <see cref="CorrelationKeys"/> (variables that must be equal), as Camunda's message correlation does; when none
/// waits, starts the latest published process whose message start event catches it, with the business key and variables.
/// </summary>
public sealed record CorrelateMessageRequest(
    string Name, string? BusinessKey = null, Dictionary<string, JsonElement>? CorrelationKeys = null, Dictionary<string, JsonElement>? Variables = null);

/// <summary>Broadcasts signal <see cref="Name"/> to every running instance waiting for it and starts every process with that signal start event.</summary>
public sealed record ThrowSignalRequest(string Name, Dictionary<string, JsonElement>? Variables = null);
