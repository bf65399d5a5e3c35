namespace InvestAid.Workflows;

public static class WorkflowConsts
{
    /// <summary>Largest BPMN file accepted on upload; a bigger one is answered 413.</summary>
    public const int MaxModelBytes = 5 * 1024 * 1024;
    public const int MaxKeyLength = 200;
    public const int MaxLegalBasisLength = 4000;
    public const int MaxIdempotencyKeyLength = 200;
    public const int MaxPageSize = 200;
}
