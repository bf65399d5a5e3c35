namespace InvestAid.Projects;

/// <summary>Writes many new projects at once (bulk import), inside the unit of work's current transaction.</summary>
public interface IProjectBulkWriter
{
    Task WriteAsync(IReadOnlyList<Project> projects, CancellationToken cancellationToken = default);
}
