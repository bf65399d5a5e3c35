using System.Globalization;
using System.Text.Json.Nodes;
using FluentValidation;
using FluentValidation.Results;
using InvestAid.Audit;
using InvestAid.Common;
using InvestAid.Proposals;
using InvestAid.ReferenceData;
using InvestAid.Validation;

namespace InvestAid.Projects;

/// <summary>
/// The compare view of a project between two days (AMP's activity version comparison), rebuilt from the history alone: the
/// record as its last registration or edit left it (status changes applied), and each ledger's entries and total as recorded
/// by then. A day means its end in Viet Nam time, so an entry made on the day counts on that day.
/// </summary>
public sealed class ProjectComparison(IProjectQueries queries, ProjectScopeProvider scopes, IProjectRepository projects, IReferenceDataRepository referenceData,
    TimeProvider clock)
{
    private static readonly string[] RecordFields =
    [
        "nameVi", "nameEn", "status", "nationalCode", "ownerName", "communeCode", "communeCodes", "industrialZoneCode", "address", "sectorCode", "dacCode", "donorCode",
        "plannedStart", "plannedEnd", "actualStart", "actualEnd", "objectives", "fdi", "oda", "ngo", "investors",
    ];

    private sealed record LedgerKind(string Kind, string Vi, string En, string[] Actions);

    private static readonly LedgerKind[] Ledgers =
    [
        new("capital", "Vốn đăng ký (sổ vốn)", "Registered capital (ledger)", [AuditAction.CapitalEventRecorded]),
        new("disbursement", "Giải ngân", "Disbursements", ["disbursement-recorded"]),
        new("receipt", "Tiếp nhận viện trợ", "Aid received", ["receipt-recorded"]),
        new("implemented-capital", "Vốn thực hiện", "Implemented capital", ["implemented-capital-reported"]),
        new("plan", "Kế hoạch vốn", "Capital plan", ["plan-recorded", "plan-revised"]),
    ];

    public async Task<ProjectComparisonDto> CompareAsync(Guid id, string? from, string? to, CancellationToken ct = default)
    {
        // A project out of the user's scope is not found, whatever the days asked.
        var project = await projects.FindAsync(id, ct);
        if (project is null || !(await scopes.CurrentAsync(ct)).Allows(project))
        {
            throw new NotFoundException("dự án", id);
        }
        var (fromDay, toDay) = Validate(from, to);
        var history = (await queries.HistoryAsync(id, ct)).OrderBy(e => e.At).ToList();
        var fromEnd = EndOf(fromDay);
        var toEnd = EndOf(toDay);
        var culture = CultureInfo.CurrentUICulture;

        var recordThen = RecordAt(history, fromEnd);
        var recordNow = RecordAt(history, toEnd);
        // Reference codes by name (communes, sectors, donors …), looked up once for both days.
        var references = await ReferenceNames.LoadAsync(referenceData,
            RecordFields.SelectMany(f => new[] { (f, recordThen?[f]), (f, recordNow?[f]) }), ct);
        var fields = new List<ComparedFieldDto>();
        foreach (var field in RecordFields)
        {
            var then = Text(recordThen?[field], field, culture, references);
            var now = Text(recordNow?[field], field, culture, references);
            if (then is null && now is null)
            {
                continue;
            }
            var (vi, en) = field == "status" ? ("Trạng thái", "Status") : ProposalFields.Label(field);
            fields.Add(new ComparedFieldDto(field, vi, en, then, now, then != now));
        }

        var ledger = new List<ComparedLedgerDto>();
        foreach (var kind in Ledgers)
        {
            var (countThen, totalThen) = LedgerAt(history, kind, fromEnd, culture);
            var (countNow, totalNow) = LedgerAt(history, kind, toEnd, culture);
            if (countThen == 0 && countNow == 0)
            {
                continue;
            }
            ledger.Add(new ComparedLedgerDto(kind.Kind, kind.Vi, kind.En, countThen, countNow, totalThen, totalNow, countThen != countNow || totalThen != totalNow));
        }
        var between = history.Count(e => e.At >= fromEnd && e.At < toEnd);
        return new ProjectComparisonDto(id, fromDay, toDay, fields, ledger, between);
    }

    private (DateOnly From, DateOnly To) Validate(string? from, string? to)
    {
        var failures = new List<ValidationFailure>();
        var today = VietnamTime.Today(clock);
        DateOnly? Parse(string name, string? value)
        {
            if (!DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                failures.Add(new ValidationFailure(name, ValidationText.Get("compare.date")));
                return null;
            }
            if (day < ProjectConsts.MinDate || day > today)
            {
                failures.Add(new ValidationFailure(name, ValidationText.Get("compare.range")));
                return null;
            }
            return day;
        }
        // Days left out: up to today, from the same day a year before ("what changed over the last year").
        var t = string.IsNullOrWhiteSpace(to) ? today : Parse("to", to);
        var yearBefore = (t ?? today).AddYears(-1);
        var f = string.IsNullOrWhiteSpace(from) ? (yearBefore < ProjectConsts.MinDate ? ProjectConsts.MinDate : yearBefore) : Parse("from", from);
        if (f is { } a && t is { } b && a > b)
        {
            failures.Add(new ValidationFailure("to", ValidationText.Get("compare.order")));
        }
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
        return (f!.Value, t!.Value);
    }

    /// <summary>The first instant after the day, in Viet Nam time (UTC+7, no daylight saving).</summary>
    private static DateTimeOffset EndOf(DateOnly day) => new(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7));

    /// <summary>The record as the history left it before <paramref name="end"/>: a registration or edit gives it, a status change amends it.</summary>
    private static JsonObject? RecordAt(IReadOnlyList<AuditEntryDto> history, DateTimeOffset end)
    {
        JsonObject? record = null;
        foreach (var e in history.Where(e => e.At < end && e.After is not null))
        {
            if (JsonNode.Parse(e.After!) is not JsonObject after)
            {
                continue;
            }
            switch (e.Action)
            {
                case AuditAction.Created:
                case AuditAction.Updated:
                    // An edit writes the whole record (a field cleared is simply absent); a seeded registration only some fields.
                    record = e.Action == AuditAction.Updated || record is null ? (JsonObject)after.DeepClone() : Merge(record, after);
                    break;
                case AuditAction.StatusChanged:
                case AuditAction.CapitalEventRecorded when after["status"] is not null:
                    record ??= [];
                    record["status"] = after["status"]?.DeepClone();
                    break;
            }
        }
        return record;
    }

    private static JsonObject Merge(JsonObject record, JsonObject after)
    {
        foreach (var (key, value) in after)
        {
            record[key] = value?.DeepClone();
        }
        return record;
    }

    private static (int Count, string? Total) LedgerAt(IReadOnlyList<AuditEntryDto> history, LedgerKind kind, DateTimeOffset end, CultureInfo culture)
    {
        if (kind.Kind == "capital")
        {
            return CapitalAt(history, end, culture);
        }
        var entries = history.Where(e => e.At < end && kind.Actions.Contains(e.Action) && e.After is not null)
            .Select(e => JsonNode.Parse(e.After!) as JsonObject).OfType<JsonObject>().ToList();
        if (entries.Count == 0)
        {
            return (0, null);
        }
        switch (kind.Kind)
        {
            case "disbursement":
            case "receipt":
                var vnd = entries.Sum(e => Number(e, "amountVnd") ?? 0m);
                return (entries.Count, ProposalValueText.Format(vnd.ToString(CultureInfo.InvariantCulture), "amountVnd", null, culture));
            case "implemented-capital":
                // A quarter reported again replaces its earlier figure.
                var byQuarter = new Dictionary<(decimal, decimal), decimal>();
                foreach (var e in entries)
                {
                    byQuarter[(Number(e, "year") ?? 0, Number(e, "quarter") ?? 0)] = Number(e, "amountUsd") ?? 0m;
                }
                return (byQuarter.Count, ProposalValueText.Format(byQuarter.Values.Sum().ToString(CultureInfo.InvariantCulture), "amountUsd", null, culture));
            default:
                return (entries.Count, null);
        }
    }

    /// <summary>
    /// The capital ledger by then: the events a registration brought with it (a live registration writes them in its record) and each
    /// entry recorded after; a live entry carries the registered capital after it, a seeded one only its change.
    /// </summary>
    private static (int Count, string? Total) CapitalAt(IReadOnlyList<AuditEntryDto> history, DateTimeOffset end, CultureInfo culture)
    {
        var count = 0;
        decimal registered = 0;
        foreach (var e in history.Where(e => e.At < end && e.After is not null && e.Action is AuditAction.Created or AuditAction.CapitalEventRecorded))
        {
            if (JsonNode.Parse(e.After!) is not JsonObject after)
            {
                continue;
            }
            if (e.Action == AuditAction.Created)
            {
                if (after["capitalEvents"] is JsonArray events && events.Count > 0)
                {
                    count += events.Count;
                    registered = Number(after, "registeredCapitalUsd") ?? events.OfType<JsonObject>().Sum(x => Number(x, "capitalChangeUsd") ?? 0m);
                }
                continue;
            }
            count++;
            registered = Number(after, "registeredCapitalUsd") ?? registered + (Number(after, "capitalChangeUsd") ?? 0m);
        }
        return count == 0 ? (0, null) : (count, ProposalValueText.Format(registered.ToString(CultureInfo.InvariantCulture), "amountUsd", null, culture));
    }

    private static decimal? Number(JsonObject o, string key) =>
        (o[key] ?? (o["entry"] as JsonObject)?[key]) is JsonValue v && v.TryGetValue<decimal>(out var d) ? d : null;

    /// <summary>The field's value as a reader sees it; an empty list (no communes, no investors) is no value.</summary>
    private static string? Text(JsonNode? node, string field, CultureInfo culture, ReferenceNames references) =>
        node is null ? null : ProposalValueText.Format(node.ToJsonString(), field, null, culture, null, references) is { Length: > 0 } text ? text : null;
}
