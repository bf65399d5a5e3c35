using InvestAid.Finance;
using InvestAid.Projects;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Finance;

public static class FinanceModelBuilderExtensions
{
    public static void ConfigureFinance(this ModelBuilder builder)
    {
        builder.Entity<ExchangeRate>(b =>
        {
            b.ToTable("exchange_rates");
            b.Property(x => x.Id).ValueGeneratedNever();
            b.Property(x => x.Currency).HasMaxLength(3).IsRequired();
            b.Property(x => x.RateToVnd).HasPrecision(18, 4);
            b.Property(x => x.RateToUsd).HasPrecision(18, 10);
            b.HasIndex(x => new { x.Currency, x.Date }).IsUnique();
        });
        builder.Entity<CapitalPlanRevision>(b =>
        {
            b.ToTable("capital_plan_revisions");
            b.Property(x => x.Id).ValueGeneratedNever();
            b.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(x => new { x.ProjectId, x.Year, x.Revision }).IsUnique();
            b.Property(x => x.Reason).HasMaxLength(FinanceConsts.MaxReasonLength);
            b.Property(x => x.Currency).HasMaxLength(3);
            b.Property(x => x.ForeignAmount).HasPrecision(24, 2);
            b.Property(x => x.CounterpartAmount).HasPrecision(24, 2);
            b.Property(x => x.ForeignVnd).HasPrecision(24, 0);
            b.Property(x => x.CounterpartVnd).HasPrecision(24, 0);
            b.Property(x => x.RecordedBy).HasMaxLength(256);
            b.Ignore(x => x.TotalVnd);
        });
        builder.Entity<Disbursement>(b =>
        {
            b.ToTable("disbursements");
            b.Property(x => x.Id).ValueGeneratedNever();
            b.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(x => new { x.ProjectId, x.Date }).IncludeProperties(x => x.AmountVnd);
            ConfigureMoney(b);
            b.Property(x => x.Source).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.Reference).HasMaxLength(FinanceConsts.MaxReferenceLength);
            b.Property(x => x.RecordedBy).HasMaxLength(256);
        });
        builder.Entity<AidReceipt>(b =>
        {
            b.ToTable("aid_receipts");
            b.Property(x => x.Id).ValueGeneratedNever();
            b.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(x => new { x.ProjectId, x.Date });
            ConfigureMoney(b);
            b.Property(x => x.Reference).HasMaxLength(FinanceConsts.MaxReferenceLength);
            b.Property(x => x.RecordedBy).HasMaxLength(256);
        });
        builder.Entity<ExpectedReceipt>(b =>
        {
            b.ToTable("expected_receipts");
            b.Property(x => x.Id).ValueGeneratedNever();
            b.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(x => new { x.ProjectId, x.DueDate });
            b.HasIndex(x => x.DueDate);
            b.Property(x => x.Currency).HasMaxLength(3);
            b.Property(x => x.Amount).HasPrecision(24, 2);
            b.Property(x => x.AmountUsd).HasPrecision(20, 2);
            b.Property(x => x.Note).HasMaxLength(FinanceConsts.MaxReasonLength);
        });
        builder.Entity<ImplementedCapitalReport>(b =>
        {
            b.ToTable("implemented_capital_reports");
            b.Property(x => x.Id).ValueGeneratedNever();
            b.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(x => new { x.ProjectId, x.Year, x.Quarter }).IsUnique();
            b.Property(x => x.AmountUsd).HasPrecision(20, 2);
            b.Property(x => x.AmountVnd).HasPrecision(24, 0);
        });
    }

    private static void ConfigureMoney<T>(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> b) where T : class
    {
        b.Property<string>("Currency").HasMaxLength(3);
        b.Property<decimal>("Amount").HasPrecision(24, 2);
        b.Property<decimal>("RateToVnd").HasPrecision(18, 4);
        b.Property<decimal>("RateToUsd").HasPrecision(18, 10);
        b.Property<decimal>("AmountVnd").HasPrecision(24, 0);
        b.Property<decimal>("AmountUsd").HasPrecision(20, 2);
    }
}
