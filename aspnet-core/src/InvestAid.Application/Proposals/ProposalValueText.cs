using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using InvestAid.ReferenceData;

namespace InvestAid.Proposals;

/// <summary>
/// A stored proposal value as a reader sees it in the request's language: days as dd/MM/yyyy, money in the culture's
/// digits with its currency (VND without decimals), years and quarters as plain numbers, sources and aid types by name,
/// accounts by the person's name, reference codes (communes, sectors, donors, countries, currencies …) by the list's name, and
/// the parts of a nested record labelled in the same language.
/// </summary>
public static partial class ProposalValueText
{
    private static readonly HashSet<string> MoneyInContextCurrency = new(StringComparer.Ordinal)
    {
        "amount", "committedAmount", "odaAmount", "loanAmount", "counterpartAmount",
    };

    private static readonly HashSet<string> PlainNumbers = new(StringComparer.Ordinal) { "year", "quarter", "durationYears" };

    private static readonly Dictionary<string, (string Vi, string En)> Names = new(StringComparer.Ordinal)
    {
        ["source:Oda"] = ("Vốn ODA", "ODA"),
        ["source:Loan"] = ("Vốn vay ưu đãi", "Concessional loan"),
        ["source:Counterpart"] = ("Vốn đối ứng", "Counterpart funds"),
        ["aidType:Project"] = ("Chương trình, dự án", "Project"),
        ["aidType:NonProject"] = ("Phi dự án", "Non-project"),
        ["aidType:Emergency"] = ("Cứu trợ khẩn cấp", "Emergency relief"),
        ["status:Draft"] = ("Nháp", "Draft"),
        ["status:Submitted"] = ("Đã nộp", "Submitted"),
        ["status:UnderReview"] = ("Đang thẩm định", "Under review"),
        ["status:Approved"] = ("Đã phê duyệt", "Approved"),
        ["status:Rejected"] = ("Bị từ chối", "Rejected"),
        ["status:Returned"] = ("Trả lại bổ sung", "Returned"),
        ["status:Active"] = ("Đang hoạt động", "Active"),
        ["status:Completed"] = ("Hoàn thành", "Completed"),
        ["status:Terminated"] = ("Chấm dứt", "Terminated"),
    };

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$")]
    private static partial Regex IsoDay();

    /// <summary>
    /// The value of <paramref name="field"/> (stored JSON) for a reader of <paramref name="culture"/>; <paramref name="currency"/>
    /// is the currency of the record it belongs to, <paramref name="person"/> names a user account.
    /// </summary>
    public static string? Format(string? json, string field, string? currency, CultureInfo culture, Func<Guid, string?>? person = null,
        ReferenceNames? references = null)
    {
        if (json is null)
        {
            return null;
        }
        return Format(JsonNode.Parse(json), field, currency, culture, person, references ?? ReferenceNames.None);
    }

    private static string? Format(JsonNode? node, string field, string? currency, CultureInfo culture, Func<Guid, string?>? person, ReferenceNames references)
    {
        var english = culture.TwoLetterISOLanguageName == "en";
        switch (node)
        {
            case null:
                return null;
            case JsonArray a:
                return string.Join("; ", a.Select(x => Format(x, field, currency, culture, person, references)).Where(x => !string.IsNullOrEmpty(x)));
            case JsonObject o:
                var own = o["currency"] is JsonValue c && c.TryGetValue<string>(out var code) ? code : currency;
                if (field == "investors" && o["name"] is JsonValue)
                {
                    var name = Format(o["name"], "name", own, culture, person, references);
                    var country = Format(o["countryCode"], "countryCode", own, culture, person, references);
                    return country is null ? name : $"{name} ({country})";
                }
                return string.Join(", ", o.Where(p => p.Value is not null && (p.Key != "currency" || !HasMoney(o)))
                    .Select(p =>
                    {
                        var (vi, en) = ProposalFields.Label(p.Key);
                        return $"{(english ? en : vi)}: {Format(p.Value, p.Key, own, culture, person, references)}";
                    }));
            case JsonValue v when v.GetValueKind() == JsonValueKind.Number:
                var number = v.GetValue<decimal>();
                return Number(number, field, currency, culture);
            case JsonValue v when v.TryGetValue<string>(out var s):
                if (Names.TryGetValue($"{field}:{s}", out var label))
                {
                    return english ? label.En : label.Vi;
                }
                if (references.Name(field, s.Trim(), english) is { } referenceName)
                {
                    // A currency keeps its code, which readers know best: "USD (Đô la Mỹ)".
                    return field == "currency" ? $"{s.Trim()} ({referenceName})" : referenceName;
                }
                if (field == "ownerUserId" && Guid.TryParse(s, out var id))
                {
                    return person?.Invoke(id) ?? (english ? "(another account)" : "(tài khoản khác)");
                }
                if (IsoDay().IsMatch(s))
                {
                    return $"{s[8..10]}/{s[5..7]}/{s[..4]}";
                }
                return s;
            case JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False:
                return v.GetValue<bool>() ? (english ? "Yes" : "Có") : (english ? "No" : "Không");
            default:
                return node.ToJsonString();
        }
    }

    private static bool HasMoney(JsonObject o) => o.Any(p => MoneyInContextCurrency.Contains(p.Key) && p.Value is not null);

    private static string Number(decimal value, string field, string? currency, CultureInfo culture)
    {
        if (PlainNumbers.Contains(field))
        {
            return value.ToString("0", culture);
        }
        var code = field switch
        {
            "amountUsd" => "USD",
            "amountVnd" => "VND",
            _ when MoneyInContextCurrency.Contains(field) => currency?.ToUpperInvariant(),
            _ => null,
        };
        if (code is not null)
        {
            var whole = code is "VND" or "JPY" or "KRW";
            return $"{value.ToString(whole ? "N0" : "N2", culture)} {code}";
        }
        return field is "latitude" or "longitude" ? value.ToString("0.######", culture) : value.ToString("#,##0.######", culture);
    }
}
