using InvestAid.Text;
using Npgsql;
using NpgsqlTypes;

namespace InvestAid.Benchmarks.Load;

/// <summary>
/// Fills a migrated, seeded database to scale with COPY: projects (40% FDI with investors and a capital ledger, 40% ODA with plans and
/// disbursements, 20% NGO aid), and workflow instances of the NGO procedure in every state with their tasks.
/// </summary>
public sealed class LoadSeeder(NpgsqlDataSource db, int projects, int capitalEvents, int disbursements, int instances)
{
    private static readonly string[] Countries = ["KR", "JP", "CN", "TW", "SG", "HK", "US", "DE", "TH", "MY"];
    private static readonly string[] Sectors = ["10", "13", "14", "22", "25", "26", "27", "28", "29", "41", "46", "52", "68"];
    private static readonly string[] Places = ["Thái Bình", "Đông Hưng", "Phố Hiến", "Mỹ Hào", "Như Quỳnh", "Tiền Hải", "Kiến Xương", "Yên Mỹ", "Văn Giang", "Quỳnh Phụ"];
    private static readonly string[] Things = ["Nhà máy linh kiện điện tử", "Nhà máy may mặc", "Xưởng cơ khí chính xác", "Kho vận", "Nhà máy nhựa", "Trường học", "Bệnh viện", "Đường giao thông"];

    public List<Guid> Fdi { get; } = [];
    public List<Guid> Oda { get; } = [];
    public List<Guid> Ngo { get; } = [];

    /// <summary>Words that occur in project names, to search for.</summary>
    public static IReadOnlyList<string> SearchTerms { get; } = ["thai binh", "dong hung", "nha may", "benh vien", "kho van", "my hao", "FDI-2021", "truong hoc quynh phu", "xuong co khi"];

    public async Task<string> SeedAsync()
    {
        var rng = new Random(42);
        var now = DateTimeOffset.UtcNow;
        await using var conn = await db.OpenConnectionAsync();
        var owner = (Guid?)await new NpgsqlCommand("SELECT id FROM users WHERE email = 'owner@investaid.local'", conn).ExecuteScalarAsync();
        var registered = new Dictionary<Guid, (DateOnly Date, decimal Capital)>();
        var country = new Dictionary<Guid, string>();
        await using (var copy = await conn.BeginBinaryImportAsync("""
            COPY projects (id, code, kind, status, name_vi, owner_name, sector_code, commune_code, donor_code, registered_on, registered_capital_usd,
                           registered_capital_vnd, search_text, investor_country_codes, created_at, updated_at, oda_agreement_date, ngo_approval_date, owner_user_id)
            FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var i = 0; i < projects; i++)
            {
                var id = Guid.CreateVersion7();
                var kind = (i % 5) switch { < 2 => "Fdi", < 4 => "Oda", _ => "NgoAid" };
                (kind == "Fdi" ? Fdi : kind == "Oda" ? Oda : Ngo).Add(id);
                var on = new DateOnly(2005, 1, 1).AddDays(rng.Next(0, 7400));
                var capital = Math.Round((decimal)Math.Exp(rng.NextDouble() * 6 + 11), 2);
                registered[id] = (on, capital);
                var code = $"{(kind == "NgoAid" ? "NGO" : kind.ToUpperInvariant())}-{on.Year}-{i:000000}";
                var name = $"{Things[rng.Next(Things.Length)]} {Places[rng.Next(Places.Length)]} {i}";
                var ownerName = $"Công ty TNHH {Places[rng.Next(Places.Length)]} {rng.Next(1000)}";
                var at = new DateTimeOffset(on.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                await copy.StartRowAsync();
                await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(code, NpgsqlDbType.Varchar);
                await copy.WriteAsync(kind, NpgsqlDbType.Varchar);
                await copy.WriteAsync(kind == "NgoAid" ? "Submitted" : rng.Next(12) == 0 ? "Terminated" : "Active", NpgsqlDbType.Varchar);
                await copy.WriteAsync(name, NpgsqlDbType.Varchar);
                await copy.WriteAsync(ownerName, NpgsqlDbType.Varchar);
                await copy.WriteAsync(Sectors[rng.Next(Sectors.Length)], NpgsqlDbType.Varchar);
                await copy.WriteAsync($"330{rng.Next(10, 33)}", NpgsqlDbType.Varchar);
                if (kind == "Fdi") await copy.WriteNullAsync(); else await copy.WriteAsync(kind == "Oda" ? "WB" : "BIDMC", NpgsqlDbType.Varchar);
                await copy.WriteAsync(on, NpgsqlDbType.Date);
                await copy.WriteAsync(capital, NpgsqlDbType.Numeric);
                await copy.WriteAsync(capital * 25_000m, NpgsqlDbType.Numeric);
                await copy.WriteAsync(TextFolding.Fold($"{code} {name} {ownerName}"), NpgsqlDbType.Text);
                var investorCountry = Countries[rng.Next(Countries.Length)];
                if (kind == "Fdi") country[id] = investorCountry;
                await copy.WriteAsync(kind == "Fdi" ? new[] { investorCountry } : Array.Empty<string>(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await copy.WriteAsync(at, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(at, NpgsqlDbType.TimestampTz);
                if (kind == "Oda") await copy.WriteAsync(on, NpgsqlDbType.Date); else await copy.WriteNullAsync();
                if (kind == "NgoAid") await copy.WriteAsync(on, NpgsqlDbType.Date); else await copy.WriteNullAsync();
                if (owner is { } o && i % 1000 == 0) await copy.WriteAsync(o, NpgsqlDbType.Uuid); else await copy.WriteNullAsync();
            }
            await copy.CompleteAsync();
        }

        await using (var copy = await conn.BeginBinaryImportAsync("COPY project_investors (project_id, name, country_code) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var id in Fdi)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                await copy.WriteAsync($"Investor {id.ToString()[..8]} Co., Ltd.", NpgsqlDbType.Varchar);
                await copy.WriteAsync(country[id], NpgsqlDbType.Varchar);
            }
            await copy.CompleteAsync();
        }

        // capital_ledger_days (what the monthly summary reads) is derived by the ledger's statement trigger when this COPY completes.
        await using (var copy = await conn.BeginBinaryImportAsync(
            "COPY capital_events (id, project_id, type, effective_date, capital_change_usd, capital_change_vnd, recorded_at) FROM STDIN (FORMAT BINARY)"))
        {
            // The events spread evenly: every FDI project has its new registration, the remainder goes to the first ones.
            var perProject = Math.Max(1, capitalEvents / Math.Max(1, Fdi.Count));
            var remainder = Math.Max(0, capitalEvents - perProject * Fdi.Count);
            var written = 0;
            for (var p = 0; p < Fdi.Count; p++)
            {
                var id = Fdi[p];
                var (on, capital) = registered[id];
                var n = perProject + (p < remainder ? 1 : 0);
                for (var e = 0; e < n && written < capitalEvents; e++, written++)
                {
                    await copy.StartRowAsync();
                    await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                    await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                    await copy.WriteAsync(e == 0 ? "NewRegistration" : "Adjustment", NpgsqlDbType.Varchar);
                    await copy.WriteAsync(on.AddDays(e * 90), NpgsqlDbType.Date);
                    var change = e == 0 ? capital : Math.Round(capital * 0.05m, 2);
                    await copy.WriteAsync(change, NpgsqlDbType.Numeric);
                    await copy.WriteAsync(change * 25_000m, NpgsqlDbType.Numeric);
                    await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
                }
            }
            await copy.CompleteAsync();
        }

        await BenchmarkPlans.WriteAsync(conn, Oda, now);

        await using (var copy = await conn.BeginBinaryImportAsync("""
            COPY disbursements (id, project_id, date, amount, currency, rate_to_vnd, rate_to_usd, rate_date, amount_vnd, amount_usd, source, recorded_at)
            FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var i = 0; i < disbursements; i++)
            {
                var usd = 1_000m + rng.Next(0, 5_000);
                await copy.StartRowAsync();
                await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await copy.WriteAsync(Oda[i % Oda.Count], NpgsqlDbType.Uuid);
                await copy.WriteAsync(new DateOnly(2020, 1, 1).AddDays(rng.Next(0, 2200)), NpgsqlDbType.Date);
                await copy.WriteAsync(usd, NpgsqlDbType.Numeric);
                await copy.WriteAsync("USD", NpgsqlDbType.Varchar);
                await copy.WriteAsync(25_000m, NpgsqlDbType.Numeric);
                await copy.WriteAsync(1m, NpgsqlDbType.Numeric);
                await copy.WriteAsync(new DateOnly(2020, 1, 2), NpgsqlDbType.Date);
                await copy.WriteAsync(usd * 25_000m, NpgsqlDbType.Numeric);
                await copy.WriteAsync(usd, NpgsqlDbType.Numeric);
                await copy.WriteAsync("Oda", NpgsqlDbType.Varchar);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }
            await copy.CompleteAsync();
        }

        // Workflow instances of the NGO procedure in every state; the running ones wait on an open task of the officers or an agency.
        await using (var cmd = new NpgsqlCommand($$"""
            INSERT INTO workflow_instances (id, definition_key, definition_version, business_key, status, version, variables, state, started_at, ended_at)
            SELECT gen_random_uuid(), 'ngo-aid-approval', 1, 'load-' || g,
                   (ARRAY['Running','Running','Running','Completed','Completed','Terminated','Suspended','Faulted'])[1 + g % 8], 1, '{}', '{}',
                   now() - (g % 400) * interval '1 day', CASE WHEN g % 8 IN (3, 4, 5) THEN now() - (g % 200) * interval '1 day' END
            FROM generate_series(1, {{instances}}) g;
            INSERT INTO workflow_tasks (instance_id, id, element_id, name, assignee, candidate_users, candidate_groups, due_at, outcomes, status, created_at, closed_at, data)
            SELECT i.id, 't1', CASE WHEN i.status = 'Running' AND right(i.business_key, 1) IN ('1', '2') THEN 'consult' ELSE 'check' END, 'Bước xử lý', NULL, '{}',
                   CASE WHEN right(i.business_key, 1) IN ('1', '2') THEN '{agency:STC}' ELSE '{officer}' END::text[],
                   i.started_at + interval '15 days', '{complete,return}',
                   CASE WHEN i.status = 'Running' THEN 'Open' ELSE 'Completed' END, i.started_at, i.ended_at, '{}'
            FROM workflow_instances i WHERE i.business_key LIKE 'load-%';
            ANALYZE;
            """, conn) { CommandTimeout = 600 })
        {
            await cmd.ExecuteNonQueryAsync();
        }
        // A registry in use is vacuumed and checkpointed; without this, autovacuum of the freshly loaded tables and the
        // checkpoint of the load's WAL (fsync on) ran during the measured starts and traffic and moved them by a third
        // between two runs on the same machine (5 December 2026).
        foreach (var maintenance in new[] { "VACUUM", "CHECKPOINT" })
        {
            await using var cmd = new NpgsqlCommand(maintenance, conn) { CommandTimeout = 1200 };
            await cmd.ExecuteNonQueryAsync();
        }

        await using var counts = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM projects) || ' projects, ' || (SELECT count(*) FROM capital_events) || ' capital events ('
                || (SELECT count(*) FROM capital_ledger_days) || ' ledger days derived by the trigger during COPY), '
                || (SELECT count(*) FROM disbursements) || ' disbursements, ' || (SELECT count(*) FROM workflow_instances) || ' workflow instances ('
                || coalesce((SELECT string_agg(status || ' ' || n, ', ' ORDER BY status) FROM (SELECT status, count(*) n FROM workflow_instances GROUP BY status) s), 'none') || ')'
            """, conn);
        return (string)(await counts.ExecuteScalarAsync())!;
    }
}
