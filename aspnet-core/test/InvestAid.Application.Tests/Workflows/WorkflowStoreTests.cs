using InvestAid.EntityFrameworkCore.Workflows;
using InvestAid.TestBase;
using Npgsql;

namespace InvestAid.Workflows.Persistence;

/// <summary>The store contract against the real PostgreSQL: a database of this class's own, emptied for each store.</summary>
public sealed class WorkflowStoreTests(TestDatabase database) : WorkflowStoreContract, IClassFixture<TestDatabase>, IDisposable
{
    private NpgsqlDataSource? dataSource;

    protected override IWorkflowStore CreateStore()
    {
        // The host's pool settings (auto-prepared statements), so refused guards run through prepared statements too.
        dataSource ??= WorkflowPersistenceServiceCollectionExtensions.CreateDataSource(database.ConnectionString);
        using var cmd = dataSource.CreateCommand(
            "TRUNCATE workflow_instances, workflow_tokens, workflow_bookmarks, workflow_tasks, workflow_history, workflow_receipts");
        cmd.ExecuteNonQuery();
        return new WorkflowStore(dataSource);
    }

    public void Dispose() => dataSource?.Dispose();
}
