namespace InvestAid.Audit;

public static class AuditAction
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string StatusChanged = "status-changed";
    public const string CapitalEventRecorded = "capital-event-recorded";
    public const string Deleted = "deleted";
}
