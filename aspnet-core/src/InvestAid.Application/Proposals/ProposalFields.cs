using System.Text.Json;
using System.Text.Json.Nodes;

namespace InvestAid.Proposals;

/// <summary>The fields a proposal compares, with their Vietnamese and English labels, and the field-level diff of two JSON records.</summary>
public static class ProposalFields
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private static readonly Dictionary<string, (string Vi, string En)> Labels = new(StringComparer.Ordinal)
    {
        ["nameVi"] = ("Tên dự án (tiếng Việt)", "Name (Vietnamese)"),
        ["nameEn"] = ("Tên dự án (tiếng Anh)", "Name (English)"),
        ["nationalCode"] = ("Mã dự án quốc gia", "National project code"),
        ["ownerName"] = ("Chủ dự án", "Owner"),
        ["ownerUserId"] = ("Tài khoản chủ dự án", "Owner's account"),
        ["communeCode"] = ("Xã/phường", "Commune"),
        ["industrialZoneCode"] = ("Khu công nghiệp", "Industrial zone"),
        ["address"] = ("Địa chỉ", "Address"),
        ["latitude"] = ("Vĩ độ", "Latitude"),
        ["longitude"] = ("Kinh độ", "Longitude"),
        ["sectorCode"] = ("Ngành VSIC", "VSIC sector"),
        ["dacCode"] = ("Mã DAC", "DAC purpose"),
        ["donorCode"] = ("Nhà tài trợ", "Donor"),
        ["plannedStart"] = ("Khởi công dự kiến", "Planned start"),
        ["plannedEnd"] = ("Hoàn thành dự kiến", "Planned end"),
        ["actualStart"] = ("Khởi công thực tế", "Actual start"),
        ["actualEnd"] = ("Hoàn thành thực tế", "Actual end"),
        ["objectives"] = ("Mục tiêu", "Objectives"),
        ["fdi"] = ("Giấy chứng nhận đăng ký đầu tư", "Investment registration"),
        ["oda"] = ("Hiệp định tài trợ", "Financing agreement"),
        ["ngo"] = ("Thông tin viện trợ", "Aid details"),
        ["investors"] = ("Nhà đầu tư", "Investors"),
        ["date"] = ("Ngày", "Date"),
        ["amount"] = ("Số tiền", "Amount"),
        ["currency"] = ("Loại tiền", "Currency"),
        ["source"] = ("Nguồn vốn", "Source"),
        ["reference"] = ("Số chứng từ", "Reference"),
        ["year"] = ("Năm", "Year"),
        ["quarter"] = ("Quý", "Quarter"),
        ["amountUsd"] = ("Vốn thực hiện (USD)", "Implemented capital (USD)"),
        ["amountVnd"] = ("Vốn thực hiện (VND)", "Implemented capital (VND)"),
        ["submittedOn"] = ("Ngày nộp báo cáo", "Submitted on"),
        ["name"] = ("Tên", "Name"),
        ["countryCode"] = ("Quốc tịch", "Country"),
        ["ircNumber"] = ("Số GCNĐKĐT", "IRC number"),
        ["ircDate"] = ("Ngày cấp", "IRC date"),
        ["durationYears"] = ("Thời hạn (năm)", "Duration (years)"),
        ["agreementNumber"] = ("Số hiệp định", "Agreement number"),
        ["agreementDate"] = ("Ngày ký", "Signed on"),
        ["odaAmount"] = ("Vốn ODA", "ODA amount"),
        ["loanAmount"] = ("Vốn vay ưu đãi", "Concessional loan"),
        ["counterpartAmount"] = ("Vốn đối ứng", "Counterpart funds"),
        ["rateToUsd"] = ("Tỷ giá sang USD", "Rate to USD"),
        ["rateToVnd"] = ("Tỷ giá sang VND", "Rate to VND"),
        ["rateDate"] = ("Ngày tỷ giá", "Rate date"),
        ["aidType"] = ("Loại viện trợ", "Aid type"),
        ["committedAmount"] = ("Giá trị cam kết", "Committed amount"),
        ["receivingAgencyCode"] = ("Cơ quan tiếp nhận", "Receiving agency"),
        ["field"] = ("Lĩnh vực", "Field"),
        ["approvalDecisionNumber"] = ("Số quyết định phê duyệt", "Approval decision"),
        ["approvalDate"] = ("Ngày phê duyệt", "Approval date"),
        ["communeCodes"] = ("Các xã/phường", "Communes"),
        ["freezeExceptionId"] = ("Ngoại lệ khóa sổ", "Freeze exception"),
    };

    /// <summary>The descriptive fields of a project an edit may change (the owner's account only by staff).</summary>
    public static readonly IReadOnlyList<string> ProjectData =
    [
        "nameVi", "nameEn", "nationalCode", "ownerName", "ownerUserId", "communeCode", "communeCodes", "industrialZoneCode", "address", "latitude", "longitude",
        "sectorCode", "dacCode", "donorCode", "plannedStart", "plannedEnd", "actualStart", "actualEnd", "objectives", "fdi", "oda", "ngo", "investors",
    ];

    public static (string Vi, string En) Label(string field) => Labels.TryGetValue(field, out var l) ? l : (field, field);

    /// <summary>The fields of <paramref name="fields"/> whose values differ between the two records (blank text counts as empty).</summary>
    public static List<ProposedFieldChange> Diff(JsonObject? before, JsonObject after, IEnumerable<string> fields)
    {
        var changes = new List<ProposedFieldChange>();
        foreach (var f in fields)
        {
            var old = Normalize(before?[f]);
            var @new = Normalize(after[f]);
            if (!JsonNode.DeepEquals(old, @new))
            {
                changes.Add(new ProposedFieldChange(f, old?.ToJsonString(), @new?.ToJsonString()));
            }
        }
        return changes;
    }

    private static JsonNode? Normalize(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) && string.IsNullOrWhiteSpace(s) => null,
        JsonValue v when v.TryGetValue<string>(out var s) => JsonValue.Create(s.Trim()),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => JsonValue.Create(v.GetValue<decimal>()),
        JsonArray { Count: 0 } => null,
        _ => node.DeepClone(),
    };
}
