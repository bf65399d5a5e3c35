using InvestAid.Validation;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using InvestAid.ReferenceData;

namespace InvestAid.Procedures;

/// <summary>
/// The agencies a procedure consults are the Agency reference list's codes (e.g. <c>STC</c> Sở Tài chính, <c>CAT</c> Công an tỉnh):
/// the multi-instance consultation offers each one's task to the group <c>agency:&lt;code&gt;</c>, whose members are the users
/// carrying that code in their agency claim. A code that is not an active agency in force on the day is refused (400 naming the field).
/// </summary>
public sealed class ProcedureAgencies(IReferenceQueries references)
{
    /// <summary>The Department of Finance (consulted on ODA and aid; the demo user agency.finance@).</summary>
    public const string Finance = InvestAid.ReferenceData.Catalog.ReferenceCatalog.FinanceDepartmentCode;
    /// <summary>The provincial police (the demo user agency.police@).</summary>
    public const string Police = "CAT";

    /// <summary>Checks the <c>agencies</c> variable, if sent: an array of codes of active agencies in force on <paramref name="on"/>.</summary>
    /// <param name="field">The request field named in the error, e.g. <c>variables.agencies</c>.</param>
    public async Task CheckAsync(IReadOnlyDictionary<string, JsonElement>? variables, DateOnly on, string field, CancellationToken ct)
    {
        if (variables is null || !variables.TryGetValue(ProcedureVariables.Agencies, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return;
        }
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
        {
            throw Invalid(field, ValidationText.Get("agencies.notArray"));
        }
        var codes = value.EnumerateArray().Select(e => e.GetString()!).ToList();
        if (codes.Count == 0)
        {
            return;
        }
        if (codes.Distinct(StringComparer.Ordinal).Count() != codes.Count)
        {
            throw Invalid(field, ValidationText.Get("agencies.duplicate"));
        }
        var known = await ActiveCodesAsync(on, ct);
        var unknown = codes.Where(c => !known.Contains(c)).ToList();
        if (unknown.Count > 0)
        {
            throw Invalid(field, ValidationText.Format("agencies.unknown", on, string.Join(", ", unknown)));
        }
    }

    /// <summary>The codes of the agencies active and in force on <paramref name="on"/>.</summary>
    public async Task<HashSet<string>> ActiveCodesAsync(DateOnly on, CancellationToken ct)
    {
        var page = await references.ListAsync(ReferenceKind.Agency, new ReferenceQuery { On = on, PageSize = 1000 }, ct);
        return page.Items.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
    }

    private static ValidationException Invalid(string field, string message) => new(message, [new ValidationFailure(field, message)]);
}
