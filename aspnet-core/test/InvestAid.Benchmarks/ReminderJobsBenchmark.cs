using System.Diagnostics;
using InvestAid.EntityFrameworkCore;
using InvestAid.EntityFrameworkCore.Notifications;
using InvestAid.EntityFrameworkCore.Workflows;
using InvestAid.Notifications;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace InvestAid.Benchmarks;

/// <summary>
/// The reminder jobs at provincial-to-national scale: 100,000 projects (40 % FDI, 40 % ODA with a 2026 plan, 20 % NGO
/// aid with an expected-receipt schedule), 1,000,000 disbursements and 10,000 open workflow tasks, loaded with COPY;
/// then each job runs as of 8 April 2026 (FDI Q1 reports due 10 April; Q1 checkpoint passed), and runs again to show the
/// idempotent second run. Target: each job ≤ 10 s. Not a test: prints numbers, asserts nothing.
/// Run: INVESTAID_BENCH_PG="Host=...;Username=...;Password=..." dotnet run -c Release -- reminder-jobs [projects] [disbursements]
/// </summary>
public static class ReminderJobsBenchmark
{
    private static readonly DateTimeOffset Now = new(2026, 4, 8, 1, 0, 0, TimeSpan.Zero);

    public static async Task RunAsync(string[] args)
    {
        var server = Environment.GetEnvironmentVariable("INVESTAID_BENCH_PG")
            ?? throw new InvalidOperationException("Set INVESTAID_BENCH_PG to a PostgreSQL connection string without a database.");
        var projects = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        var disbursements = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
        var name = $"bench_rem_{Guid.NewGuid():N}"[..20];
        var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;
        await ExecAsync(admin, $"CREATE DATABASE \"{name}\"");
        var cs = new NpgsqlConnectionStringBuilder(server) { Database = name, CommandTimeout = 300 }.ConnectionString;
        try
        {
            var options = new DbContextOptionsBuilder<InvestAidDbContext>();
            options.UseInvestAidPostgres(cs);
            await using (var db = new InvestAidDbContext(options.Options))
            {
                await db.Database.MigrateAsync();
            }
            await using var dataSource = NpgsqlDataSource.Create(cs);
            var load = Stopwatch.StartNew();
            await LoadAsync(dataSource, projects, disbursements);
            Console.WriteLine($"loaded {projects:N0} projects, {disbursements:N0} disbursements, 10,000 tasks in {load.Elapsed.TotalSeconds:N1} s");

            var calendars = new InvestAid.Workflows.WorkingDayCalendarProvider(new CalendarDataStore(dataSource));
            var store = new ReminderStore(dataSource, new ReminderWriter(dataSource));
            var recipients = new ReminderRecipientResolver(new ReminderRecipientStore(dataSource));
            await using var settingsDb = new InvestAidDbContext(options.Options);
            var jobs = new ReminderJobs(
                [
                    new DisbursementLagReminderJob(store, recipients),
                    new ReceiptOverdueReminderJob(store, recipients),
                    new ReportDeadlineReminderJob(store, recipients, calendars),
                    new OverdueTaskReminderJob(store, recipients, calendars, new WorkflowDefinitionStore(dataSource, TimeProvider.System)),
                    new AidNotStartedReminderJob(store, recipients),
                ],
                new JobSettingsStore(settingsDb, TimeProvider.System), store, TimeProvider.System);
            Console.WriteLine($"{"job",-30} {"1st run s",10} {"reminders",10} {"2nd run s",10} {"reminders",10}");
            foreach (var job in new[] { JobIds.DisbursementLag, JobIds.ReceiptOverdue, JobIds.ReportDeadlines, JobIds.OverdueTasks, JobIds.AidNotStarted })
            {
                var first = Stopwatch.StartNew();
                var made = await jobs.RunAsync(job, Now, CancellationToken.None);
                first.Stop();
                var second = Stopwatch.StartNew();
                var again = await jobs.RunAsync(job, Now, CancellationToken.None);
                second.Stop();
                Console.WriteLine($"{job,-30} {first.Elapsed.TotalSeconds,10:N2} {made,10:N0} {second.Elapsed.TotalSeconds,10:N2} {again,10:N0}");
            }
            await using var count = dataSource.CreateCommand("SELECT (SELECT count(*) FROM notifications), (SELECT count(*) FROM mail_outbox)");
            await using var reader = await count.ExecuteReaderAsync();
            await reader.ReadAsync();
            Console.WriteLine($"notifications {reader.GetInt64(0):N0}, outbox mails {reader.GetInt64(1):N0}");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    private static async Task LoadAsync(NpgsqlDataSource dataSource, int projects, int disbursements)
    {
        var rng = new Random(7);
        var now = DateTimeOffset.UtcNow;
        var officer = Guid.NewGuid();
        var leader = Guid.NewGuid();
        await using (var cmd = dataSource.CreateCommand($"""
            INSERT INTO roles (id, name, normalized_name) VALUES ('{Guid.NewGuid()}', 'officer', 'OFFICER'), ('{Guid.NewGuid()}', 'leader', 'LEADER');
            INSERT INTO users (id, display_name, user_name, email, email_confirmed, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count)
            VALUES ('{officer}', 'Officer', 'officer@bench', 'officer@bench', true, false, false, false, 0),
                   ('{leader}', 'Leader', 'leader@bench', 'leader@bench', true, false, false, false, 0);
            INSERT INTO user_roles (user_id, role_id) SELECT '{officer}', id FROM roles WHERE name = 'officer';
            INSERT INTO user_roles (user_id, role_id) SELECT '{leader}', id FROM roles WHERE name = 'leader';
            """))
        {
            await cmd.ExecuteNonQueryAsync();
        }

        var oda = new List<Guid>();
        var ngo = new List<Guid>();
        await using var conn = await dataSource.OpenConnectionAsync();
        await using (var copy = await conn.BeginBinaryImportAsync("""
            COPY projects (id, code, kind, status, name_vi, registered_capital_usd, registered_capital_vnd, search_text, created_at, updated_at,
                           registered_on, oda_agreement_date, ngo_approval_date, owner_user_id)
            FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var i = 0; i < projects; i++)
            {
                var id = Guid.CreateVersion7();
                var (kind, status) = (i % 10) switch
                {
                    < 4 => ("Fdi", "Active"),
                    < 8 => ("Oda", "Active"),
                    8 => ("NgoAid", "Approved"),
                    _ => ("NgoAid", "Active"),
                };
                if (kind == "Oda") oda.Add(id);
                if (kind == "NgoAid") ngo.Add(id);
                await copy.StartRowAsync();
                await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                await copy.WriteAsync($"B-{kind}-{i:000000}", NpgsqlDbType.Varchar);
                await copy.WriteAsync(kind, NpgsqlDbType.Varchar);
                await copy.WriteAsync(status, NpgsqlDbType.Varchar);
                await copy.WriteAsync($"Dự án thử tải số {i}", NpgsqlDbType.Varchar);
                await copy.WriteAsync(1_000_000m, NpgsqlDbType.Numeric);
                await copy.WriteAsync(25_000_000_000m, NpgsqlDbType.Numeric);
                await copy.WriteAsync($"du an thu tai so {i}", NpgsqlDbType.Text);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(new DateOnly(2024, 6, 1), NpgsqlDbType.Date);
                if (kind == "Oda") await copy.WriteAsync(new DateOnly(2024, 6, 1), NpgsqlDbType.Date); else await copy.WriteNullAsync();
                if (kind == "NgoAid") await copy.WriteAsync(new DateOnly(2025, 6, 1), NpgsqlDbType.Date); else await copy.WriteNullAsync();
                await copy.WriteNullAsync();
            }
            await copy.CompleteAsync();
        }

        await BenchmarkPlans.WriteAsync(conn, oda, now);

        await using (var copy = await conn.BeginBinaryImportAsync("""
            COPY disbursements (id, project_id, date, amount, currency, rate_to_vnd, rate_to_usd, rate_date, amount_vnd, amount_usd, source, recorded_at)
            FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var i = 0; i < disbursements; i++)
            {
                var project = oda[i % oda.Count];
                // Half the projects disburse at the planned pace, half at a third of it.
                var usd = (decimal)(project.GetHashCode() % 2 == 0 ? 4_000 : 1_300) + rng.Next(0, 100);
                await copy.StartRowAsync();
                await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await copy.WriteAsync(project, NpgsqlDbType.Uuid);
                await copy.WriteAsync(new DateOnly(2026, 1, 1).AddDays(rng.Next(0, 89)), NpgsqlDbType.Date);
                await copy.WriteAsync(usd, NpgsqlDbType.Numeric);
                await copy.WriteAsync("USD", NpgsqlDbType.Varchar);
                await copy.WriteAsync(25_000m, NpgsqlDbType.Numeric);
                await copy.WriteAsync(1m, NpgsqlDbType.Numeric);
                await copy.WriteAsync(new DateOnly(2026, 1, 2), NpgsqlDbType.Date);
                await copy.WriteAsync(usd * 25_000m, NpgsqlDbType.Numeric);
                await copy.WriteAsync(usd, NpgsqlDbType.Numeric);
                await copy.WriteAsync("Oda", NpgsqlDbType.Varchar);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }
            await copy.CompleteAsync();
        }

        await using (var copy = await conn.BeginBinaryImportAsync("""
            COPY expected_receipts (id, project_id, due_date, amount, currency, amount_usd, recorded_at) FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var id in ngo)
            {
                foreach (var due in new[] { new DateOnly(2026, 1, 31), new DateOnly(2026, 3, 31) })
                {
                    await copy.StartRowAsync();
                    await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                    await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                    await copy.WriteAsync(due, NpgsqlDbType.Date);
                    await copy.WriteAsync(50_000m, NpgsqlDbType.Numeric);
                    await copy.WriteAsync("USD", NpgsqlDbType.Varchar);
                    await copy.WriteAsync(50_000m, NpgsqlDbType.Numeric);
                    await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
                }
            }
            await copy.CompleteAsync();
        }

        await using (var cmd = new NpgsqlCommand("""
            INSERT INTO aid_receipts (id, project_id, date, amount, currency, rate_to_vnd, rate_to_usd, rate_date, amount_vnd, amount_usd, recorded_at)
            SELECT gen_random_uuid(), p.id, date '2026-01-20', 60000, 'USD', 25000, 1, date '2026-01-02', 1500000000, 60000, now()
            FROM projects p WHERE p.kind = 'NgoAid' AND right(p.code, 1) IN ('0', '2', '4', '6', '8');
            INSERT INTO workflow_instances (id, definition_key, definition_version, business_key, status, version, variables, state, started_at)
            SELECT gen_random_uuid(), 'bench', 1, NULL, 'Running', 1, '{}', '{}', now() FROM generate_series(1, 10000);
            INSERT INTO workflow_tasks (instance_id, id, element_id, name, assignee, candidate_users, candidate_groups, due_at, outcomes, status, created_at, data)
            SELECT i.id, 't1', 'review', 'Thẩm định hồ sơ', NULL, '{}', '{officer}', timestamptz '2026-03-20 10:00+07' + (row_number() OVER () % 20) * interval '1 day',
                   '{}', 'Open', now(), '{}'
            FROM workflow_instances i;
            ANALYZE;
            """, conn))
        {
            await cmd.ExecuteNonQueryAsync();
        }
    }

    private static async Task ExecAsync(string connectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
