namespace InvestAid.Workflows.Persistence;

public sealed class InMemoryWorkflowStoreTests : WorkflowStoreContract
{
    protected override IWorkflowStore CreateStore() => new InMemoryWorkflowStore();
}
