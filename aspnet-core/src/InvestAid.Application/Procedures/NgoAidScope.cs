using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using InvestAid.Validation;

namespace InvestAid.Procedures;

/// <summary>
/// Decree 313/2025/ND-CP, Art. 1–2: what is not non-ODA aid under it, checked when the dossier is received. The officer states the
/// dossier's <c>scope</c> (variables.scope): <c>underTreatyOrOda</c>, <c>gift</c>, <c>profitSharingSponsorship</c>,
/// <c>individualResearch</c>, <c>emergencyRelief</c> with <c>reliefWithinMonths</c>. Each exclusion is refused naming its field.
/// </summary>
public static class NgoAidScope
{
    public const string Variable = "scope";
    private const string Field = "variables." + Variable;

    /// <param name="emergencyMonths">The legal parameter ngoEmergencyReliefMonths in force on the receipt day (3).</param>
    public static void Check(IReadOnlyDictionary<string, JsonElement>? variables, int emergencyMonths)
    {
        if (variables is null || !variables.TryGetValue(Variable, out var scope) || scope.ValueKind == JsonValueKind.Null)
        {
            return;
        }
        if (scope.ValueKind != JsonValueKind.Object)
        {
            throw ValidationText.Invalid(Field, "ngoScope.notObject");
        }
        var failures = new List<ValidationFailure>();
        void Excluded(string name)
        {
            if (Flag(scope, name))
            {
                failures.Add(new ValidationFailure($"{Field}.{name}", ValidationText.Get($"ngoScope.{name}") + " " + ValidationText.Get("ngoScope.outside")));
            }
        }
        Excluded("underTreatyOrOda");
        Excluded("gift");
        Excluded("profitSharingSponsorship");
        Excluded("individualResearch");
        if (Flag(scope, "emergencyRelief"))
        {
            if (!scope.TryGetProperty("reliefWithinMonths", out var m) || m.ValueKind != JsonValueKind.Number || !m.TryGetDecimal(out var months) || months <= 0)
            {
                failures.Add(new ValidationFailure($"{Field}.reliefWithinMonths", ValidationText.Get("ngoScope.reliefWithinMonths")));
            }
            else if (months <= emergencyMonths)
            {
                failures.Add(new ValidationFailure($"{Field}.emergencyRelief", ValidationText.Format("ngoScope.emergencyRelief", emergencyMonths)));
            }
        }
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
    }

    private static bool Flag(JsonElement scope, string name) => scope.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;
}
