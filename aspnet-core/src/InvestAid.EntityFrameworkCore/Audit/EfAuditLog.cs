using InvestAid.Audit;

namespace InvestAid.EntityFrameworkCore.Audit;

public sealed class EfAuditLog(InvestAidDbContext db) : IAuditLog
{
    public void Record(AuditEntry entry) => db.AuditEntries.Add(entry);
}
