namespace InvestAid.Legal;

/// <summary>
/// Adds the documents, parameter versions and holiday notices of <see cref="LegalSeed"/> that are missing. Never overwrites an
/// administrator's edit: a parameter version is seeded only when no version of that name starts on that day (current or superseded).
/// </summary>
public sealed class LegalSeeder(ILegalRepository repository, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var documents = (await repository.ListDocumentsAsync(ct)).Select(d => d.Number).ToHashSet();
        foreach (var d in LegalSeed.Documents.Where(d => !documents.Contains(d.Number)))
        {
            repository.Add(new LegalDocument(d.Number, d.Kind, d.TitleVi, d.TitleEn, d.IssuedOn, d.EffectiveFrom, d.EffectiveTo, d.ReplacedBy, d.Status, d.Note));
        }
        var versions = (await repository.ListVersionsAsync(null, true, ct)).Select(v => (v.Name, v.EffectiveFrom)).ToHashSet();
        foreach (var p in LegalSeed.Parameters.Where(p => !versions.Contains((p.Name, p.From))))
        {
            repository.Add(new LegalParameterVersion(p.Name, p.TitleVi, p.TitleEn, p.Value, p.Unit, p.From, p.Document, p.Article, p.Clause, p.Status,
                p.Note, "system", now));
        }
        var notices = (await repository.ListNoticesAsync(ct)).Select(n => (n.Year, n.Number)).ToHashSet();
        foreach (var n in LegalSeed.Notices.Where(n => !notices.Contains((n.Year, n.Number))))
        {
            repository.Add(new HolidayNotice(n.Year, n.Number, n.IssuedOn, n.Title, "system", now));
        }
        await repository.SaveChangesAsync(ct);
    }
}
