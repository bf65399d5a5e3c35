using System.Globalization;
using System.Text.Json.Nodes;
using InvestAid.Workflows.Calendar;

namespace InvestAid.Procedures;

/// <summary>
/// The SLA clock of a dossier as kept in the instance variable <c>sla</c>:
/// <c>{ startedOn, limit, unit, pauses: [{ from, to }] }</c>. The clock starts when the dossier is found
/// complete; every return to the applicant for supplementation is a pause (also before the start, where
/// it costs nothing but is shown).
/// </summary>
public sealed record ProcedureSla(DateOnly? StartedOn, int Limit, TimeLimitUnit Unit, IReadOnlyList<SlaPause> Pauses, string? Parameter = null)
{
    public static readonly ProcedureSla NotStarted = new(null, 0, TimeLimitUnit.CalendarDays, []);

    public bool IsPaused => Pauses.Count > 0 && Pauses[^1].IsOpen;

    /// <param name="parameter">The legal parameter the limit was read from (so an explicit apply of a corrected figure can find it).</param>
    public ProcedureSla Start(DateOnly on, int limit, TimeLimitUnit unit, string? parameter = null) =>
        StartedOn is null ? this with { StartedOn = on, Limit = limit, Unit = unit, Parameter = parameter } : this;

    public ProcedureSla Pause(DateOnly on) => IsPaused ? this : this with { Pauses = [.. Pauses, new SlaPause(on)] };

    public ProcedureSla Resume(DateOnly on)
    {
        if (!IsPaused)
        {
            return this;
        }
        var open = Pauses[^1];
        return this with { Pauses = [.. Pauses.Take(Pauses.Count - 1), new SlaPause(open.From, on < open.From ? open.From : on)] };
    }

    /// <summary>The clock the calendar computes with: only pauses that began once it was running count.</summary>
    public SlaClock? Clock() => StartedOn is { } start
        ? new SlaClock(start, Limit, Unit, Pauses.Where(p => p.From >= start))
        : null;

    public static ProcedureSla Read(JsonNode? node)
    {
        if (node is not JsonObject o)
        {
            return NotStarted;
        }
        var pauses = (o["pauses"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(p => new SlaPause(ParseDate(p["from"])!.Value, ParseDate(p["to"]))).ToList();
        var unit = Enum.TryParse<TimeLimitUnit>(o["unit"]?.ToString(), out var u) ? u : TimeLimitUnit.CalendarDays;
        var limit = o["limit"] is JsonValue l && l.TryGetValue<int>(out var n) ? n : 0;
        var parameter = o["parameter"] is JsonValue pv && pv.TryGetValue<string>(out var name) ? name : null;
        return new ProcedureSla(ParseDate(o["startedOn"]), limit, unit, pauses, parameter);
    }

    public JsonObject Write()
    {
        var o = WriteClock();
        if (Parameter is not null)
        {
            o["parameter"] = Parameter;
        }
        return o;
    }

    private JsonObject WriteClock() => new()
    {
        ["startedOn"] = StartedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["limit"] = Limit,
        ["unit"] = Unit.ToString(),
        ["pauses"] = new JsonArray([.. Pauses.Select(p => (JsonNode)new JsonObject
        {
            ["from"] = p.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = p.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        })]),
    };

    private static DateOnly? ParseDate(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var text)
        && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
