using InvestAid.Projects;
using InvestAid.Reports;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Reports;

public static class ReportsModelBuilderExtensions
{
    public static void ConfigureReports(this ModelBuilder builder)
    {
        builder.Entity<FdiReportSnapshot>(b =>
        {
            b.ToTable("fdi_report_snapshots");
            b.HasKey(s => s.Id);
            b.Property(s => s.Id).ValueGeneratedNever();
            b.Property(s => s.FiguresJson).HasColumnName("figures").HasColumnType("jsonb").IsRequired();
            b.Property(s => s.PublishedBy).HasMaxLength(256).IsRequired();
            // Two publishers racing for the same revision: one wins, the other retries with the next number.
            b.HasIndex(s => new { s.Year, s.Month, s.Revision }).IsUnique();
        });

        builder.Entity<ReportTemplate>(b =>
        {
            b.ToTable("report_templates");
            b.HasKey(t => t.Id);
            b.Property(t => t.Id).ValueGeneratedNever();
            b.Property(t => t.FileName).HasMaxLength(ReportConsts.MaxTemplateFileNameLength).IsRequired();
            b.Property(t => t.Content).IsRequired();
            b.Property(t => t.UploadedBy).HasMaxLength(256).IsRequired();
            b.Property(t => t.ConcurrencyToken).IsRowVersion();
            // Two editors replacing the template at once: one version number, one winner.
            b.HasIndex(t => t.Version).IsUnique();
        });

        // Maintained by the database from capital_events (see CapitalLedgerDay and the CapitalLedgerDays migration).
        builder.Entity<CapitalLedgerDay>(b =>
        {
            b.ToTable("capital_ledger_days");
            b.HasKey(d => new { d.ProjectId, d.Day });
            b.Property(d => d.NewCount).HasColumnName("new_n");
            b.Property(d => d.AdjustmentCount).HasColumnName("adj_n");
            b.Property(d => d.IncreaseCount).HasColumnName("inc_n");
            b.Property(d => d.DecreaseCount).HasColumnName("dec_n");
            b.Property(d => d.NewUsd).HasPrecision(24, 2);
            b.Property(d => d.IncreaseUsd).HasPrecision(24, 2);
            b.Property(d => d.DecreaseUsd).HasPrecision(24, 2);
            b.Property(d => d.CapitalUsd).HasPrecision(24, 2);
            b.HasOne<Project>().WithMany().HasForeignKey(d => d.ProjectId).OnDelete(DeleteBehavior.Cascade);
            // The period's movements: a range of days, read from the index alone.
            b.HasIndex(d => d.Day).HasDatabaseName("ix_capital_ledger_days_period")
                .IncludeProperties(d => new { d.ProjectId, d.NewCount, d.NewUsd, d.AdjustmentCount, d.IncreaseCount, d.IncreaseUsd,
                    d.DecreaseCount, d.DecreaseUsd, d.Terminates, d.CapitalUsd });
            // The projects valid on a cut-off: the one state row per project whose [day, until) holds it.
            b.HasIndex(d => d.Until).HasDatabaseName("ix_capital_ledger_days_valid")
                .IncludeProperties(d => new { d.Day, d.ProjectId, d.CapitalUsd })
                .HasFilter("registered AND NOT terminated");
        });
    }
}
