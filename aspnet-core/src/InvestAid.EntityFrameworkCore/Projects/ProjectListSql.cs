using InvestAid.EntityFrameworkCore.ReferenceData;
using InvestAid.Projects;
using InvestAid.ReferenceData;
using InvestAid.Text;
using Npgsql;
using NpgsqlTypes;

namespace InvestAid.EntityFrameworkCore.Projects;

/// <summary>The SQL of the project list (<see cref="ProjectQueries"/>): its columns, its sort orders and its filter.</summary>
internal static class ProjectListSql
{
    public const string Columns = """
        p.id, p.code, p.kind, p.status, p.name_vi, p.name_en, p.owner_name, p.donor_code, p.commune_code, p.industrial_zone_code,
        p.sector_code, array_to_string(p.investor_country_codes, ', '), p.registered_on, p.registered_capital_usd, p.updated_at
        """;

    public static string Order(string? sort)
    {
        var descending = sort?.StartsWith('-') == true;
        var column = (sort?.TrimStart('-')) switch
        {
            "code" => "p.code",
            "nameVi" => "p.name_vi",
            "registeredOn" => "p.registered_on",
            "registeredCapitalUsd" => "p.registered_capital_usd",
            "status" => "p.status",
            "kind" => "p.kind",
            "updatedAt" => "p.updated_at",
            _ => null,
        };
        return column is null ? "p.updated_at DESC, p.id" : $"{column}{(descending ? " DESC" : "")}, p.id";
    }

    /// <summary>The WHERE clause of a project query and its parameters (values are never written into the SQL).</summary>
    public sealed class Filter
    {
        private readonly List<string> clauses = [];

        public List<NpgsqlParameter> Parameters { get; } = [];

        public string Where => clauses.Count == 0 ? "" : "WHERE " + string.Join(" AND ", clauses);

        public static Filter Of(ProjectQuery q, ProjectScope scope)
        {
            var f = new Filter();
            if (!scope.All)
            {
                f.Add(scope.OwnerUserId is { } owner
                    ? $"(p.owner_user_id = {f.Value(owner, NpgsqlDbType.Uuid)} OR p.id = ANY({f.Value(scope.ExtraIds, NpgsqlDbType.Array | NpgsqlDbType.Uuid)}))"
                    : $"p.id = ANY({f.Value(scope.ExtraIds, NpgsqlDbType.Array | NpgsqlDbType.Uuid)})");
            }
            if (q.Kind is { } kind)
            {
                f.Add($"p.kind = {f.Value(kind.ToString(), NpgsqlDbType.Varchar)}");
            }
            if (q.Status is { } status)
            {
                f.Add($"p.status = {f.Value(status.ToString(), NpgsqlDbType.Varchar)}");
            }
            if (q.Donor is { Length: > 0 } donor)
            {
                f.Add($"p.donor_code = {f.Value(donor, NpgsqlDbType.Varchar)}");
            }
            if (q.Sector is { Length: 1 } section)
            {
                // A VSIC section (a letter) takes in every division under it.
                var code = f.Value(section, NpgsqlDbType.Varchar);
                f.Add($"""
                    (p.sector_code = {code} OR p.sector_code IN (SELECT r.code FROM reference_items r
                        WHERE r.kind = '{nameof(ReferenceKind.VsicDivision)}' AND r.parent_code = {code}))
                    """);
            }
            else if (q.Sector is { Length: > 1 } sector)
            {
                f.Add($"p.sector_code = {f.Value(sector, NpgsqlDbType.Varchar)}");
            }
            if (q.Commune is { Length: > 0 } commune)
            {
                f.Add($"p.commune_code = {f.Value(commune, NpgsqlDbType.Varchar)}");
            }
            if (q.Country is { Length: > 0 } country)
            {
                f.Add($"p.investor_country_codes @> ARRAY[{f.Value(country, NpgsqlDbType.Text)}]");
            }
            if (q.From is { } from)
            {
                f.Add($"p.registered_on >= {f.Value(from, NpgsqlDbType.Date)}");
            }
            if (q.To is { } to)
            {
                f.Add($"p.registered_on <= {f.Value(to, NpgsqlDbType.Date)}");
            }
            foreach (var term in TextFolding.Terms(q.Q))
            {
                f.Add($"p.search_text LIKE {f.Value("%" + ReferenceQueries.EscapeLike(term) + "%", NpgsqlDbType.Text)}");
            }
            return f;
        }

        private void Add(string clause) => clauses.Add(clause);

        private string Value(object value, NpgsqlDbType type)
        {
            Parameters.Add(new NpgsqlParameter { Value = value, NpgsqlDbType = type });
            return "$" + Parameters.Count;
        }
    }
}
