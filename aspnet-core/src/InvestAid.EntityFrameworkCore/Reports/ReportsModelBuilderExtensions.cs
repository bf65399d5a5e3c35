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
    }
}
