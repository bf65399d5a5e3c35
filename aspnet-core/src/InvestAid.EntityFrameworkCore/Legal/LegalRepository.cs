using InvestAid.Legal;

using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Legal;

public sealed class LegalRepository(InvestAidDbContext db) : ILegalRepository
{
    public async Task<IReadOnlyList<LegalParameterVersion>> ListVersionsAsync(string? name, bool includeSuperseded, CancellationToken cancellationToken) =>
        await db.Set<LegalParameterVersion>().AsNoTracking()
            .Where(v => name == null || v.Name == name)
            .Where(v => includeSuperseded || v.SupersededAt == null)
            .OrderBy(v => v.Name).ThenBy(v => v.EffectiveFrom).ThenBy(v => v.ChangedAt)
            .ToListAsync(cancellationToken);

    public Task<LegalParameterVersion?> FindVersionAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<LegalParameterVersion>().FirstOrDefaultAsync(v => v.Id == id, cancellationToken);

    public async Task<IReadOnlyList<LegalDocument>> ListDocumentsAsync(CancellationToken cancellationToken) =>
        await db.Set<LegalDocument>().AsNoTracking().OrderBy(d => d.Number).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<HolidayNotice>> ListNoticesAsync(CancellationToken cancellationToken) =>
        await db.Set<HolidayNotice>().AsNoTracking().OrderBy(n => n.Year).ThenBy(n => n.IssuedOn).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<RunningDossier>> ListRunningDossiersAsync(DateOnly first, DateOnly? last, CancellationToken cancellationToken)
    {
        var running = InvestAid.Workflows.Runtime.State.WorkflowStatus.Running.ToString();
        return await (
            from d in db.Set<InvestAid.Dossiers.Dossier>().AsNoTracking()
            join i in db.Set<Workflows.WorkflowInstanceRecord>().AsNoTracking() on d.WorkflowInstanceId equals i.Id
            join p in db.Projects.AsNoTracking() on d.ProjectId equals p.Id
            where i.Status == running && d.ReceivedOn >= first && (last == null || d.ReceivedOn <= last)
            orderby d.ReceivedOn, p.Code
            select new RunningDossier(d.Id, i.Id, p.Id, p.Code, p.NameVi, d.ProcedureKey, d.ProcedureVersion, d.ReceivedOn))
            .ToListAsync(cancellationToken);
    }

    public void Add(object entity) => db.Add(entity);

    public Task SaveChangesAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
}
