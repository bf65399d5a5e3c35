using InvestAid.Projects;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace InvestAid.EntityFrameworkCore.Projects;

/// <summary>
/// Writes new projects with PostgreSQL's binary COPY — projects, investors, ledger entries and status moves —
/// on the DbContext's connection and inside its current transaction. Used by the bulk import, where change
/// tracking 100k aggregates would cost minutes; the columns are those the EF model maps.
/// </summary>
public sealed class ProjectBulkWriter(InvestAidDbContext db) : IProjectBulkWriter
{
    public async Task WriteAsync(IReadOnlyList<Project> projects, CancellationToken cancellationToken = default)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A bulk write must run inside the unit of work's transaction.");
        }
        var conn = (NpgsqlConnection)db.Database.GetDbConnection();

        await using (var w = await conn.BeginBinaryImportAsync("""
            COPY projects (id, code, national_code, kind, status, name_vi, name_en, owner_name, owner_user_id, commune_code,
                industrial_zone_code, address, latitude, longitude, sector_code, dac_code, donor_code, planned_start, planned_end,
                actual_start, actual_end, objectives, registered_on, registered_capital_usd, registered_capital_vnd,
                fdi_irc_number, fdi_irc_date, fdi_duration_years,
                oda_agreement_number, oda_agreement_date, oda_currency, oda_oda_amount, oda_loan_amount, oda_counterpart_amount,
                oda_rate_to_usd, oda_rate_to_vnd, oda_rate_date,
                ngo_aid_type, ngo_committed_amount, ngo_currency, ngo_rate_to_usd, ngo_receiving_agency_code, ngo_field,
                ngo_approval_decision_number, ngo_approval_date, search_text, investor_country_codes, created_at, updated_at) FROM STDIN (FORMAT BINARY)
            """, cancellationToken))
        {
            foreach (var p in projects)
            {
                await w.StartRowAsync(cancellationToken);
                await Write(w, p.Id); await Write(w, p.Code); await Write(w, p.NationalCode); await Write(w, p.Kind.ToString());
                await Write(w, p.Status.ToString()); await Write(w, p.NameVi); await Write(w, p.NameEn); await Write(w, p.OwnerName);
                await Write(w, p.OwnerUserId); await Write(w, p.CommuneCode); await Write(w, p.IndustrialZoneCode); await Write(w, p.Address);
                await Write(w, p.Latitude); await Write(w, p.Longitude); await Write(w, p.SectorCode); await Write(w, p.DacCode);
                await Write(w, p.DonorCode); await Write(w, p.PlannedStart); await Write(w, p.PlannedEnd); await Write(w, p.ActualStart);
                await Write(w, p.ActualEnd); await Write(w, p.Objectives); await Write(w, p.RegisteredOn);
                await Write(w, p.RegisteredCapitalUsd); await Write(w, p.RegisteredCapitalVnd);
                await Write(w, p.Fdi?.IrcNumber); await Write(w, p.Fdi?.IrcDate); await Write(w, p.Fdi?.DurationYears);
                await Write(w, p.Oda?.AgreementNumber); await Write(w, p.Oda?.AgreementDate); await Write(w, p.Oda?.Currency);
                await Write(w, p.Oda?.OdaAmount); await Write(w, p.Oda?.LoanAmount); await Write(w, p.Oda?.CounterpartAmount);
                await Write(w, p.Oda?.RateToUsd); await Write(w, p.Oda?.RateToVnd); await Write(w, p.Oda?.RateDate);
                await Write(w, p.Ngo?.AidType.ToString()); await Write(w, p.Ngo?.CommittedAmount); await Write(w, p.Ngo?.Currency);
                await Write(w, p.Ngo?.RateToUsd); await Write(w, p.Ngo?.ReceivingAgencyCode); await Write(w, p.Ngo?.Field);
                await Write(w, p.Ngo?.ApprovalDecisionNumber); await Write(w, p.Ngo?.ApprovalDate);
                await Write(w, p.SearchText);
                await w.WriteAsync(p.InvestorCountryCodes, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await WriteTime(w, p.CreatedAt); await WriteTime(w, p.UpdatedAt);
            }
            await w.CompleteAsync(cancellationToken);
        }

        await using (var w = await conn.BeginBinaryImportAsync(
            "COPY project_investors (project_id, name, country_code) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var p in projects)
            {
                foreach (var investor in p.Investors)
                {
                    await w.StartRowAsync(cancellationToken);
                    await Write(w, p.Id); await Write(w, investor.Name); await Write(w, investor.CountryCode);
                }
            }
            await w.CompleteAsync(cancellationToken);
        }

        await using (var w = await conn.BeginBinaryImportAsync("""
            COPY capital_events (id, project_id, type, effective_date, capital_change_usd, capital_change_vnd, certificate_number,
                note, corrects_event_id, recorded_at, recorded_by) FROM STDIN (FORMAT BINARY)
            """, cancellationToken))
        {
            foreach (var e in projects.SelectMany(p => p.CapitalEvents))
            {
                await w.StartRowAsync(cancellationToken);
                await Write(w, e.Id); await Write(w, e.ProjectId); await Write(w, e.Type.ToString()); await Write(w, e.EffectiveDate);
                await Write(w, e.CapitalChangeUsd); await Write(w, e.CapitalChangeVnd); await Write(w, e.CertificateNumber);
                await Write(w, e.Note); await Write(w, e.CorrectsEventId); await WriteTime(w, e.RecordedAt); await Write(w, e.RecordedBy);
            }
            await w.CompleteAsync(cancellationToken);
        }

        await using (var w = await conn.BeginBinaryImportAsync(
            "COPY project_status_changes (id, project_id, \"from\", \"to\", effective_date, at) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var c in projects.SelectMany(p => p.StatusChanges))
            {
                await w.StartRowAsync(cancellationToken);
                await Write(w, c.Id); await Write(w, c.ProjectId); await Write(w, c.From.ToString()); await Write(w, c.To.ToString());
                await Write(w, c.EffectiveDate); await WriteTime(w, c.At);
            }
            await w.CompleteAsync(cancellationToken);
        }
    }

    private static Task Write<T>(NpgsqlBinaryImporter w, T value) =>
        value is null ? w.WriteNullAsync() : w.WriteAsync(value);

    private static Task WriteTime(NpgsqlBinaryImporter w, DateTimeOffset value) =>
        w.WriteAsync(value.ToUniversalTime(), NpgsqlDbType.TimestampTz);
}
