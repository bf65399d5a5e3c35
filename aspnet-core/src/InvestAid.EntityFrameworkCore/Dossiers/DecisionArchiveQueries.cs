using InvestAid.Dossiers;
using InvestAid.EntityFrameworkCore.Workflows;
using InvestAid.Procedures.Archive;
using InvestAid.Projects;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Dossiers;

public sealed class DecisionArchiveQueries(InvestAidDbContext db) : IDecisionArchiveQueries
{
    public async Task<IReadOnlyList<DecisionToArchive>> UnarchivedAsync(string archiveProcedureKey, int limit, CancellationToken cancellationToken)
    {
        var rows = await (
                from d in db.Set<Dossier>().AsNoTracking()
                join p in db.Set<Project>().AsNoTracking() on d.ProjectId equals p.Id
                where d.Status == DossierStatus.Approved && d.DecisionNumber != null
                      && !db.Set<WorkflowInstanceRecord>().Any(w => w.DefinitionKey == archiveProcedureKey && w.BusinessKey == d.Id.ToString())
                orderby d.DecisionDate, d.UpdatedAt
                select new { d.Id, d.ProjectId, p.NameVi, d.ProcedureKey, d.DecisionNumber, d.DecisionDate })
            .Take(limit)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new DecisionToArchive(r.Id, r.ProjectId, r.NameVi, r.ProcedureKey, r.DecisionNumber!, r.DecisionDate))];
    }
}
