using System.Globalization;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;

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
            throw new ValidationException([new ValidationFailure(Field, "Phạm vi khoản viện trợ phải là một đối tượng.")]);
        }
        var failures = new List<ValidationFailure>();
        void Excluded(string name, string reason)
        {
            if (Flag(scope, name))
            {
                failures.Add(new ValidationFailure($"{Field}.{name}", reason + " Nghị định 313/2025/NĐ-CP, Điều 1–2: không thuộc phạm vi viện trợ không hoàn lại không thuộc ODA."));
            }
        }
        Excluded("underTreatyOrOda", "Khoản viện trợ theo điều ước quốc tế hoặc thỏa thuận về vốn ODA thực hiện theo pháp luật về điều ước quốc tế, ODA.");
        Excluded("gift", "Quà tặng không phải là khoản viện trợ.");
        Excluded("profitSharingSponsorship", "Tài trợ có chia sẻ lợi nhuận không phải là viện trợ không hoàn lại.");
        Excluded("individualResearch", "Tài trợ nghiên cứu khoa học cho cá nhân không thuộc phạm vi.");
        if (Flag(scope, "emergencyRelief"))
        {
            if (!scope.TryGetProperty("reliefWithinMonths", out var m) || m.ValueKind != JsonValueKind.Number || !m.TryGetDecimal(out var months) || months <= 0)
            {
                failures.Add(new ValidationFailure($"{Field}.reliefWithinMonths", "Cứu trợ khẩn cấp: cần ghi số tháng phê duyệt và thực hiện (số dương) để xét phạm vi Nghị định 313/2025/NĐ-CP (Điều 1–2)."));
            }
            else if (months <= emergencyMonths)
            {
                failures.Add(new ValidationFailure($"{Field}.emergencyRelief",
                    $"Cứu trợ khẩn cấp được phê duyệt và thực hiện trong {emergencyMonths.ToString(CultureInfo.InvariantCulture)} tháng không thuộc phạm vi Nghị định 313/2025/NĐ-CP (Điều 1–2); xử lý theo quy định về cứu trợ khẩn cấp."));
            }
        }
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
    }

    private static bool Flag(JsonElement scope, string name) => scope.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;
}
