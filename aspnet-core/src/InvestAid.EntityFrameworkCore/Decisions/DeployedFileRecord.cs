namespace InvestAid.EntityFrameworkCore.Decisions;

/// <summary>
/// One uploaded version of a file deployed beside the procedure models (a DMN file, a Camunda Form): its key, its
/// version number within the key, draft or published; immutable once published. Each kind has its own table.
/// </summary>
public abstract class DeployedFileRecord
{
    public Guid Id { get; set; }
    public string Key { get; set; } = "";
    public int Version { get; set; }
    public string Status { get; set; } = "";
    public string? Name { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
}
