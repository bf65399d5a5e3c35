using System.Globalization;
using System.Text.Json.Nodes;
using InvestAid.Common;
using InvestAid.Workflows.Runtime;

namespace InvestAid.Procedures.Handlers;

/// <summary>
/// <c>signature.record</c> (input <c>step</c>): appends who signed at this level to the instance variable <c>signatures</c>, from the
/// <c>signature</c> the signer sent with the task (<c>mode</c> = direct | KT (ký thay, signing in place of the head) | TL (ký thừa lệnh,
/// signing by order), <c>signerName</c>, <c>signerTitle</c>, <c>onBehalfOfName</c>, <c>onBehalfOfTitle</c>), then clears it for the next level.
/// The decision document prints the last entry.
/// </summary>
public sealed class SignatureRecordHandler(TimeProvider clock) : IServiceTaskHandler
{
    public string Name => "signature.record";

    public Task ExecuteAsync(ServiceTaskContext context)
    {
        var given = context.GetVariable(ProcedureVariables.Signature) as JsonObject;
        var entry = new JsonObject
        {
            ["step"] = ProcedureVariables.Input(context, "step") ?? context.ElementId,
            ["mode"] = Text(given, "mode") ?? SigningModes.Direct,
            ["signerName"] = Text(given, "signerName"),
            ["signerTitle"] = Text(given, "signerTitle"),
            ["onBehalfOfName"] = Text(given, "onBehalfOfName"),
            ["onBehalfOfTitle"] = Text(given, "onBehalfOfTitle"),
            ["on"] = (ProcedureVariables.Date(context, ProcedureVariables.DecisionDate) ?? VietnamTime.Today(clock)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        var list = context.GetVariable(ProcedureVariables.Signatures) is JsonArray existing ? (JsonArray)existing.DeepClone() : [];
        list.Add(entry);
        context.SetVariable(ProcedureVariables.Signatures, list);
        context.SetVariable(ProcedureVariables.Signature, null);
        return Task.CompletedTask;
    }

    private static string? Text(JsonObject? o, string name) =>
        o?[name] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;
}

/// <summary>How a document is signed (Decree 30/2020/ND-CP on administrative documents): in one's own name, KT. or TL.</summary>
public static class SigningModes
{
    public const string Direct = "direct";

    /// <summary>Ký thay: a deputy signs in place of the head (KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC).</summary>
    public const string OnBehalf = "KT";

    /// <summary>Ký thừa lệnh: signing by order of the head (TL. GIÁM ĐỐC / CHÁNH VĂN PHÒNG).</summary>
    public const string ByOrder = "TL";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Direct, OnBehalf, ByOrder };
}
