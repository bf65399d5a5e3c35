using InvestAid.Audit;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Audit;

public static class AuditModelBuilderExtensions
{
    public static void ConfigureAudit(this ModelBuilder builder)
    {
        builder.Entity<AuditEntry>(b =>
        {
            b.ToTable("audit_entries");
            b.HasKey(e => e.Id);
            b.Property(e => e.Id).ValueGeneratedNever();
            b.Property(e => e.EntityType).HasMaxLength(64).IsRequired();
            b.Property(e => e.Action).HasMaxLength(64).IsRequired();
            b.Property(e => e.UserName).HasMaxLength(256);
            b.Property(e => e.Before).HasColumnType("jsonb");
            b.Property(e => e.After).HasColumnType("jsonb");
            b.Property(e => e.Summary).HasMaxLength(1000);
            b.HasIndex(e => new { e.EntityId, e.At });
        });
    }
}
