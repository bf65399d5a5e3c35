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

    /// <summary>The province's answer deadline for consulted agencies when the officer sets none (10 working days).</summary>
    public const string DefaultConsultationDue = "P10WD";

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
