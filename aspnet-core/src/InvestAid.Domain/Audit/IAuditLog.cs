namespace InvestAid.Audit;

/// <summary>Adds an entry to the audit log; it is written in the same transaction as the change.</summary>
public interface IAuditLog
{
    void Record(AuditEntry entry);
}
