using System.Text.Json.Nodes;

namespace InvestAid.Decisions;

/// <summary>
/// A test evaluation: the variables the decision reads; a published <see cref="Version"/> of its file (default the
/// latest), or an unsaved <see cref="Xml"/> straight from the editor.
/// </summary>
public sealed record EvaluateDecisionRequest(JsonObject? Variables, int? Version = null, string? Xml = null);
