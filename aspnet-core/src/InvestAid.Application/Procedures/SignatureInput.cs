using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using InvestAid.Procedures.Handlers;

namespace InvestAid.Procedures;

/// <summary>The <c>signature</c> a signer sends with a task: a known mode, a name, and for KT. / TL. the person they sign for.</summary>
public static class SignatureInput
{
    public static void Check(IReadOnlyDictionary<string, JsonElement>? variables)
    {
        if (variables is null || !variables.TryGetValue(ProcedureVariables.Signature, out var s) || s.ValueKind == JsonValueKind.Null)
        {
            return;
        }
        const string field = "variables." + ProcedureVariables.Signature;
        if (s.ValueKind != JsonValueKind.Object)
        {
            throw new ValidationException([new ValidationFailure(field, "Chữ ký phải là một đối tượng { mode, signerName, signerTitle, onBehalfOfName, onBehalfOfTitle }.")]);
        }
        var failures = new List<ValidationFailure>();
        var mode = Text(s, "mode") ?? SigningModes.Direct;
        if (!SigningModes.All.Contains(mode))
        {
            failures.Add(new ValidationFailure(field + ".mode", "Hình thức ký phải là direct (ký trực tiếp), KT (ký thay) hoặc TL (ký thừa lệnh)."));
        }
        if (Text(s, "signerName") is null)
        {
            failures.Add(new ValidationFailure(field + ".signerName", "Cần ghi họ tên người ký."));
        }
        if (mode is SigningModes.OnBehalf or SigningModes.ByOrder && Text(s, "onBehalfOfName") is null)
        {
            failures.Add(new ValidationFailure(field + ".onBehalfOfName", "Ký thay hoặc ký thừa lệnh phải ghi người giao ký."));
        }
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
    }

    private static string? Text(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()) ? v.GetString() : null;
}
