using InvestAid.EntityFrameworkCore.Common;
using InvestAid.Projects;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Projects;

public sealed class ProjectRepository(InvestAidDbContext db, ExpectedVersions expected, ProjectReadContexts reads) : IProjectRepository
{
    public Task<Project?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Projects
            .Include(p => p.CapitalEvents)
            .Include(p => p.StatusChanges)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    // Compiled once: the most frequent read of the API skips query-cache lookups, tracking and the split into three round trips.
    private static readonly Func<InvestAidDbContext, Guid, CancellationToken, Task<Project?>> ReadById =
        EF.CompileAsyncQuery((InvestAidDbContext db, Guid id, CancellationToken _) => db.Projects
            .AsNoTracking()
            .Include(p => p.CapitalEvents)
            .Include(p => p.StatusChanges)
            .AsSingleQuery()
            .FirstOrDefault(p => p.Id == id));

    public async Task<Project?> FindForReadAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var read = reads.Create();
        return await ReadById(read, id, cancellationToken);
    }

    public void Add(Project project) => db.Projects.Add(project);

    public Task<bool> AnyAsync(CancellationToken cancellationToken = default) => db.Projects.AnyAsync(cancellationToken);

    public async Task<int> NextNumberAsync(string series, int year, CancellationToken cancellationToken = default, int count = 1)
    {
        var last = await db.Database
            .SqlQuery<int>($"""
                INSERT INTO code_counters (series, year, last_number) VALUES ({series}, {year}, {count})
                ON CONFLICT (series, year) DO UPDATE SET last_number = code_counters.last_number + {count}
                RETURNING last_number AS "Value"
                """)
            .ToListAsync(cancellationToken);
        return last[0] - count + 1;
    }

    public void ExpectVersion(Project project, uint version) => expected.Expect(db, project, version);
}
