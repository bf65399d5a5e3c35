using System.Globalization;
using System.Xml.Linq;
using FluentValidation;
using InvestAid.Projects;
using InvestAid.ReferenceData;
using InvestAid.ReferenceData.Catalog;
using InvestAid.Reports;

namespace InvestAid.Iati;

/// <summary>
/// IATI activity standard 2.03: one <c>iati-activity</c> per ODA / concessional-loan or NGO project in force in the
/// year. Reporting org <see cref="ReportConsts.IatiReportingOrgRef"/> (type 10, government); identifiers are that
/// ref + "-" + the project code. Budgets split the foreign funds (ODA + loan) or the NGO commitment evenly over the
/// planned period by days, one budget per calendar year (IATI wants periods of at most a year).
/// </summary>
public sealed class IatiActivityExporter(IIatiQueries queries, IEnumerable<IIatiTransactionSource> transactionSources, TimeProvider clock,
    Projects.ProjectScopeProvider scopes)
{
    private static readonly XNamespace Xml = XNamespace.Xml;

    public async Task<XDocument> ExportAsync(IatiExportQuery query, CancellationToken ct = default)
    {
        await new IatiExportQueryValidator().ValidateAndThrowAsync(query, ct);
        var year = query.Year!.Value;
        ProjectKind[] kinds = string.Equals(query.Kind, "oda", StringComparison.OrdinalIgnoreCase)
            ? [ProjectKind.Oda, ProjectKind.ConcessionalLoan]
            : [ProjectKind.NgoAid];
        // Only the projects whose figures the caller sees (docs/security.md).
        var scope = await scopes.CurrentAsync(ct);
        var projects = (await queries.AidProjectsAsync(kinds, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), ct)).Where(p => scope.AllowsFigures(p.Id)).ToList();
        if (projects.Count == 0)
        {
            // An iati-activities document needs at least one activity (the schema says so): nothing to publish is a 404.
            throw new Common.NotFoundException("hoạt động viện trợ để xuất IATI:", $"{(kinds[0] == ProjectKind.NgoAid ? "viện trợ phi chính phủ nước ngoài" : "ODA và vốn vay ưu đãi")} năm {year}");
        }
        var references = (await queries.ReferenceItemsAsync(ct)).ToDictionary(r => (r.Kind, r.Code));
        var transactions = new List<IatiTransaction>();
        foreach (var source in transactionSources)
        {
            transactions.AddRange(await source.TransactionsAsync(projects, ct));
        }
        var byProject = transactions.ToLookup(t => t.ProjectId);
        var today = Common.VietnamTime.Today(clock);
        var province = references.GetValueOrDefault((ReferenceKind.AdministrativeUnit, ReferenceCatalog.ProvinceCode));

        return new XDocument(new XDeclaration("1.0", "UTF-8", null),
            new XElement("iati-activities",
                new XAttribute("version", "2.03"),
                new XAttribute("generated-datetime", clock.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
                projects.OrderBy(p => p.Code, StringComparer.Ordinal).Select(p => Activity(p, references, byProject[p.Id], province, today))));
    }

    private static XElement Activity(Project p, IReadOnlyDictionary<(ReferenceKind, string), ReferenceItem> refs, IEnumerable<IatiTransaction> transactions,
        ReferenceItem? province, DateOnly today)
    {
        var moved = transactions.ToList();
        var currency = p.Oda?.Currency ?? p.Ngo?.Currency ?? "USD";
        var committee = ("Ủy ban nhân dân " + (province?.NameVi ?? "tỉnh"), (province?.NameEn ?? "Province") + " People's Committee");
        var activity = new XElement("iati-activity",
            new XAttribute("last-updated-datetime", p.UpdatedAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
            new XAttribute(Xml + "lang", "vi"),
            new XAttribute("default-currency", currency),
            new XElement("iati-identifier", $"{ReportConsts.IatiReportingOrgRef}-{p.Code}"),
            new XElement("reporting-org", new XAttribute("ref", ReportConsts.IatiReportingOrgRef), new XAttribute("type", "10"), Narratives(committee)),
            new XElement("title", Narratives((p.NameVi, p.NameEn))));
        // The objectives as recorded, in Vietnamese (the activity's default language; no translation is invented); without them, a
        // general description from the recorded facts (kind, donor, agreement or decision) — never the title again.
        activity.Add(string.IsNullOrWhiteSpace(p.Objectives)
            ? new XElement("description", new XAttribute("type", "1"), new XElement("narrative", GeneralDescription(p, refs)))
            : new XElement("description", new XAttribute("type", "2"), new XElement("narrative", p.Objectives.Trim())));

        if (p.DonorCode is { } donorCode)
        {
            activity.Add(DonorOrg(new XElement("participating-org"), refs, donorCode, role: 1));
        }
        activity.Add(Org(2, "10", ReportConsts.IatiReportingOrgRef, committee));
        var implementer = p.Ngo?.ReceivingAgencyCode is { } agencyCode && refs.GetValueOrDefault((ReferenceKind.Agency, agencyCode)) is { } agency
            ? (agency.NameVi, agency.NameEn)
            : (p.OwnerName ?? committee.Item1, (string?)null);
        activity.Add(Org(4, "10", null, implementer));

        activity.Add(new XElement("activity-status", new XAttribute("code", StatusCode(p, moved, today))));
        var dates = new List<(int Type, DateOnly? Date)> { (1, p.PlannedStart ?? p.RegisteredOn), (2, p.ActualStart), (3, p.PlannedEnd), (4, p.ActualEnd) };
        activity.Add(dates.Where(d => d.Date is not null)
            .Select(d => new XElement("activity-date", new XAttribute("type", d.Type), new XAttribute("iso-date", Iso(d.Date!.Value)))));
        activity.Add(new XElement("recipient-country", new XAttribute("code", "VN"), new XAttribute("percentage", "100")));
        if (p.DacCode is { Length: 5 } dac)
        {
            activity.Add(new XElement("sector", new XAttribute("vocabulary", "1"), new XAttribute("code", dac), new XAttribute("percentage", "100")));
        }
        foreach (var (start, end, value) in Budgets(p))
        {
            activity.Add(new XElement("budget", new XAttribute("type", "1"), new XAttribute("status", "2"),
                new XElement("period-start", new XAttribute("iso-date", Iso(start))),
                new XElement("period-end", new XAttribute("iso-date", Iso(end))),
                Value(value, currency, start)));
        }
        foreach (var t in moved.OrderBy(t => t.Date).ThenBy(t => t.TypeCode))
        {
            var transaction = new XElement("transaction",
                new XElement("transaction-type", new XAttribute("code", t.TypeCode)),
                new XElement("transaction-date", new XAttribute("iso-date", Iso(t.Date))),
                Value(t.Value, t.Currency, t.ValueDate ?? t.Date));
            if (t.Description is { Length: > 0 } description)
            {
                transaction.Add(new XElement("description", Narratives((description, null))));
            }
            if (t.ProviderDonorCode is { } providerCode)
            {
                transaction.Add(DonorOrg(new XElement("provider-org"), refs, providerCode, role: null));
            }
            activity.Add(transaction);
        }
        return activity;
    }

    private static string GeneralDescription(Project p, IReadOnlyDictionary<(ReferenceKind, string), ReferenceItem> refs)
    {
        var donor = p.DonorCode is { } code ? refs.GetValueOrDefault((ReferenceKind.Donor, code))?.NameVi ?? code : null;
        var text = p.Kind switch
        {
            ProjectKind.NgoAid => "Khoản viện trợ phi chính phủ nước ngoài",
            ProjectKind.ConcessionalLoan => "Dự án sử dụng vốn vay ưu đãi",
            _ => "Dự án sử dụng vốn ODA",
        };
        if (donor is not null)
        {
            text += $" của {donor}";
        }
        if (p.Oda is { AgreementNumber: { } number } oda)
        {
            text += $", hiệp định số {number}" + (oda.AgreementDate is { } d ? $" ký ngày {d:dd/MM/yyyy}" : "");
        }
        if (p.Ngo is { ApprovalDecisionNumber: { } decision } ngo)
        {
            text += $", phê duyệt theo Quyết định số {decision}" + (ngo.ApprovalDate is { } d ? $" ngày {d:dd/MM/yyyy}" : "");
        }
        if (p.Ngo?.ReceivingAgencyCode is { } agency && refs.GetValueOrDefault((ReferenceKind.Agency, agency)) is { } receiving)
        {
            text += $"; cơ quan tiếp nhận: {receiving.NameVi}";
        }
        return text + ".";
    }

    /// <summary>The amount spread evenly by days over the planned period, cut at calendar years; the last part takes the rounding.</summary>
    public static IReadOnlyList<(DateOnly Start, DateOnly End, decimal Value)> Budgets(Project p)
    {
        var amount = p.Oda is { } oda ? oda.OdaAmount + oda.LoanAmount : p.Ngo?.CommittedAmount ?? 0m;
        var start = p.PlannedStart ?? p.RegisteredOn;
        if (amount <= 0 || start is null)
        {
            return [];
        }
        var end = p.PlannedEnd is { } planned && planned >= start ? planned : start.Value.AddYears(1).AddDays(-1);
        var totalDays = end.DayNumber - start.Value.DayNumber + 1m;
        var parts = new List<(DateOnly, DateOnly, decimal)>();
        var allocated = 0m;
        for (var from = start.Value; from <= end; from = new DateOnly(from.Year + 1, 1, 1))
        {
            var to = new DateOnly(from.Year, 12, 31) < end ? new DateOnly(from.Year, 12, 31) : end;
            var value = to == end ? amount - allocated : Math.Round(amount * (to.DayNumber - from.DayNumber + 1) / totalDays, 2);
            allocated += value;
            parts.Add((from, to, value));
        }
        return parts;
    }

    /// <summary>
    /// IATI ActivityStatus from what happened: 4 closed (completed), 5 cancelled (terminated or rejected before any money moved or work
    /// started, else 4), 2 implementation once work started (actual start by today, or Active) or money was received or disbursed, 1
    /// pipeline otherwise. Commitments (type 2) are promises, not money.
    /// </summary>
    public static int StatusCode(Project p, IReadOnlyList<IatiTransaction> transactions, DateOnly today)
    {
        var started = p.Status == ProjectStatus.Active || p.ActualStart is { } s && s <= today
            || transactions.Any(t => t.TypeCode != CommitmentTransactionSource.Commitment && t.Date <= today);
        return p.Status switch
        {
            ProjectStatus.Completed => 4,
            ProjectStatus.Terminated or ProjectStatus.Rejected => started ? 4 : 5,
            _ => started ? 2 : 1,
        };
    }

    /// <summary>
    /// A donor as participating-org (with <paramref name="role"/>) or provider-org: its IATI organisation identifier as @ref when the
    /// reference data carries one, its Vietnamese name, and its own name labelled with the language the reference data gives it.
    /// </summary>
    private static XElement DonorOrg(XElement org, IReadOnlyDictionary<(ReferenceKind, string), ReferenceItem> refs, string donorCode, int? role)
    {
        var donor = refs.GetValueOrDefault((ReferenceKind.Donor, donorCode));
        var iati = refs.GetValueOrDefault((ReferenceKind.IatiOrganisation, donorCode));
        if (iati?.Category is { Length: > 0 } reference)
        {
            org.Add(new XAttribute("ref", reference));
        }
        if (role is { } r)
        {
            org.Add(new XAttribute("role", r));
        }
        org.Add(new XAttribute("type", DonorType(donor?.Category)));
        org.Add(new XElement("narrative", donor?.NameVi ?? donorCode));
        if (iati is { ParentCode: { Length: 2 } lang } && !string.IsNullOrWhiteSpace(iati.NameEn) && iati.NameEn != donor?.NameVi)
        {
            org.Add(new XElement("narrative", new XAttribute(Xml + "lang", lang), iati.NameEn));
        }
        return org;
    }

    /// <summary>IATI OrganisationType: 10 government (bilateral donors), 40 multilateral, 21 international NGO.</summary>
    private static string DonorType(string? category) => category switch
    {
        ReferenceCatalog.DonorMultilateral => "40",
        ReferenceCatalog.DonorNgo => "21",
        _ => "10",
    };

    private static XElement Org(int role, string type, string? reference, (string Vi, string? En) name)
    {
        var org = new XElement("participating-org");
        if (reference is not null)
        {
            org.Add(new XAttribute("ref", reference));
        }
        org.Add(new XAttribute("role", role), new XAttribute("type", type), Narratives(name));
        return org;
    }

    private static IEnumerable<XElement> Narratives((string Vi, string? En) text)
    {
        yield return new XElement("narrative", text.Vi);
        if (text.En is { Length: > 0 } en)
        {
            yield return new XElement("narrative", new XAttribute(Xml + "lang", "en"), en);
        }
    }

    private static XElement Value(decimal value, string currency, DateOnly valueDate) =>
        new("value", new XAttribute("currency", currency), new XAttribute("value-date", Iso(valueDate)),
            value.ToString("0.00", CultureInfo.InvariantCulture));

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
