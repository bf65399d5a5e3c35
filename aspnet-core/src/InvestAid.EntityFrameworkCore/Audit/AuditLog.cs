using InvestAid.Audit;

namespace InvestAid.EntityFrameworkCore.Audit;

public sealed class AuditLog(InvestAidDbContext db) : IAuditLog
{
    public void Record(AuditEntry entry) => db.AuditEntries.Add(entry);
}
