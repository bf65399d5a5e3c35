using InvestAid.Validation;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using InvestAid.Procedures.Handlers;

namespace InvestAid.Procedures;

/// <summary>The <c>signature</c> a signer sends with a task: a known mode, a name, and for KT. / TL. the person they sign for.</summary>
public static class SignatureInput
{
    /// <summary>The longest name or title a signature may carry.</summary>
    public const int MaxTextLength = 200;

    public static void Check(IReadOnlyDictionary<string, JsonElement>? variables)
    {
        CheckDecision(variables);
        if (variables is null || !variables.TryGetValue(ProcedureVariables.Signature, out var s) || s.ValueKind == JsonValueKind.Null)
        {
            return;
        }
        const string field = "variables." + ProcedureVariables.Signature;
        if (s.ValueKind != JsonValueKind.Object)
        {
            throw new ValidationException([new ValidationFailure(field, ValidationText.Get("signature.shape"))]);
        }
        var failures = new List<ValidationFailure>();
        var mode = Text(s, "mode") ?? SigningModes.Direct;
        if (!SigningModes.All.Contains(mode))
        {
            failures.Add(new ValidationFailure(field + ".mode", ValidationText.Get("signature.mode")));
        }
        if (Text(s, "signerName") is null)
        {
            failures.Add(new ValidationFailure(field + ".signerName", ValidationText.Get("signature.signerName")));
        }
        if (mode is SigningModes.OnBehalf or SigningModes.ByOrder && Text(s, "onBehalfOfName") is null)
        {
            failures.Add(new ValidationFailure(field + ".onBehalfOfName", ValidationText.Get("signature.onBehalfOf")));
        }
        foreach (var name in new[] { "signerName", "signerTitle", "onBehalfOfName", "onBehalfOfTitle" })
        {
            if (Text(s, name) is { Length: > MaxTextLength })
            {
                failures.Add(new ValidationFailure($"{field}.{name}", ValidationText.Format("signature.tooLong", MaxTextLength)));
            }
        }
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
    }

    /// <summary>The decision's number (as the register keeps it) and date (yyyy-MM-dd) a decide step may send.</summary>
    private static void CheckDecision(IReadOnlyDictionary<string, JsonElement>? variables)
    {
        if (variables is null)
        {
            return;
        }
        var failures = new List<ValidationFailure>();
        if (variables.TryGetValue(ProcedureVariables.DecisionNumber, out var number) && number.ValueKind != JsonValueKind.Null
            && (number.ValueKind != JsonValueKind.String || number.GetString()!.Trim().Length > Projects.ProjectConsts.MaxDocumentNumberLength))
        {
            failures.Add(new ValidationFailure("variables." + ProcedureVariables.DecisionNumber,
                ValidationText.Format("decision.number", Projects.ProjectConsts.MaxDocumentNumberLength)));
        }
        if (variables.TryGetValue(ProcedureVariables.DecisionDate, out var date) && date.ValueKind != JsonValueKind.Null
            && (date.ValueKind != JsonValueKind.String || !DateOnly.TryParseExact(date.GetString(), "yyyy-MM-dd",
                System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _)))
        {
            failures.Add(new ValidationFailure("variables." + ProcedureVariables.DecisionDate, ValidationText.Get("decision.date")));
        }
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
    }

    private static string? Text(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()) ? v.GetString() : null;
}
