using System.Globalization;
using System.Text.Json.Nodes;
using InvestAid.Workflows.Runtime;

namespace InvestAid.Procedures;

/// <summary>
/// The instance variables the shipped procedures and their handlers agree on. Dates are ISO strings
/// (yyyy-MM-dd); a date a test or an officer sends explicitly wins over "today".
/// </summary>
public static class ProcedureVariables
{
    public const string ProjectId = "projectId";
    public const string DossierId = "dossierId";
    public const string ReceivedOn = "receivedOn";
    public const string Agencies = "agencies";
    public const string ConsultationDue = "consultationDue";
    public const string DecisionNumber = "decisionNumber";
    public const string DecisionDate = "decisionDate";
    public const string DossierCompleteOn = "dossierCompleteOn";
    public const string SupplementRequestedOn = "supplementRequestedOn";
    public const string ResubmittedOn = "resubmittedOn";
    public const string Sla = "sla";
    public const string Notifications = "notifications";
    public const string CertificateNumber = "certificateNumber";

    /// <summary>The NGO aid's committed value in USD (from the project), an input of the approving-authority decision table.</summary>
    public const string AidAmountUsd = "aidAmountUsd";

    /// <summary>Whether the aid touches security, defence, religion or law-making (the Prime Minister approves it): boolean, false by default.</summary>
    public const string SensitiveField = "sensitiveField";

    /// <summary>What a signer sends with a sign / decide task: mode (direct | KT | TL), signerName, signerTitle, onBehalfOfName, onBehalfOfTitle.</summary>
    public const string Signature = "signature";

    /// <summary>Every signature recorded along the approval chain, oldest first.</summary>
    public const string Signatures = "signatures";

    /// <summary>The province's answer deadline for consulted agencies when the officer sets none (10 working days).</summary>
    public const string DefaultConsultationDue = "P10WD";

    /// <summary>When consulted agencies are reminded: two working days before <see cref="ConsultationDue"/> (the models' reminder timer).</summary>
    public const string ConsultationReminder = "consultationReminder";

    /// <summary>Decree 80/2020 leaves the consultation deadline to the province: P&lt;n&gt;WD (1–60 working days) or P&lt;n&gt;D.</summary>
    public static bool IsConsultationDue(System.Text.Json.JsonElement value) =>
        value.ValueKind == System.Text.Json.JsonValueKind.String
        && System.Text.RegularExpressions.Regex.Match(value.GetString()!, "^P([1-9][0-9]?)W?D$") is { Success: true } m
        && int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) <= 60;

    /// <summary>Two working days before a P&lt;n&gt;WD deadline (at least one day after the start); any other deadline is its own reminder.</summary>
    public static string ReminderFor(string consultationDue) =>
        System.Text.RegularExpressions.Regex.Match(consultationDue, "^P([0-9]+)WD$") is { Success: true } m
            ? $"P{Math.Max(1, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) - 2)}WD"
            : consultationDue;

    public static Guid RequireGuid(ServiceTaskContext context, string name) =>
        Guid.TryParse(context.GetVariable(name)?.ToString(), out var id)
            ? id
            : throw new InvalidOperationException($"The instance has no variable '{name}' holding an id.");

    public static DateOnly? Date(ServiceTaskContext context, string name) =>
        context.GetVariable(name) is JsonValue v && v.TryGetValue<string>(out var text)
        && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;

    public static decimal Decimal(ServiceTaskContext context, string name) =>
        context.GetVariable(name) is JsonValue v
            ? v.TryGetValue<decimal>(out var number) ? number
            : v.TryGetValue<string>(out var text) && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? parsed
            : 0m
            : 0m;

    public static string? Text(ServiceTaskContext context, string name) =>
        context.GetVariable(name) is JsonValue v && v.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

    public static string? Input(ServiceTaskContext context, string name) =>
        context.Inputs.TryGetValue(name, out var node) && node is not null ? node.ToString() : null;
}
