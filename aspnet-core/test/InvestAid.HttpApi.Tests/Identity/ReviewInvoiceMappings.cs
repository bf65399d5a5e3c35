namespace InvestAid.HttpApi.Identity;

/// <summary>
/// The test classes that map Camunda's user <c>demo</c> for the process <c>ReviewInvoice</c> (Camunda's invoice example) in the shared
/// test database, each to a different user: they run one after the other, not side by side.
/// </summary>
public static class ReviewInvoiceMappings
{
    public const string Name = "Identity mappings of ReviewInvoice";
}
