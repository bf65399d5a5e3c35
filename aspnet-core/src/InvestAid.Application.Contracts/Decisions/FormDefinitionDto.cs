using System.Text.Json.Nodes;

namespace InvestAid.Decisions;

/// <summary>
/// One uploaded version of a Camunda Form (form-js schema; key = the schema's <c>id</c>). <see cref="Name"/> is the form's
/// title (its first heading), <see cref="FileName"/> what <c>camunda-forms:deployment:&lt;file&gt;</c> keys name.
/// </summary>
public sealed record FormDefinitionDto(
    string Key, int Version, string Status, string? Name, string FileName, IReadOnlyList<string> FieldKeys, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt);

/// <summary>The Camunda Form a task or start event shows: the published version its reference binds to, and the values to prefill.</summary>
public sealed record ResolvedFormDto(string Key, int Version, JsonObject Schema, JsonObject Data);
