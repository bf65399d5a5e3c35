using InvestAid.CapitalContributions;
using InvestAid.Projects;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.CapitalContributions;

public static class CapitalContributionsModelBuilderExtensions
{
    public static void ConfigureCapitalContributions(this ModelBuilder builder)
    {
        builder.Entity<CapitalContribution>(b =>
        {
            b.ToTable("capital_contributions");
            b.HasKey(c => c.Id);
            b.Property(c => c.Id).ValueGeneratedNever();
            b.Property(c => c.InvestorName).HasMaxLength(ProjectConsts.MaxPartyNameLength).IsRequired();
            b.Property(c => c.CountryCode).HasMaxLength(2).IsRequired();
            b.Property(c => c.TargetEnterprise).HasMaxLength(ProjectConsts.MaxPartyNameLength).IsRequired();
            b.Property(c => c.TargetTaxCode).HasMaxLength(20);
            b.Property(c => c.ValueUsd).HasPrecision(20, 2);
            b.Property(c => c.ValueVnd).HasPrecision(24, 0);
            b.Property(c => c.SectorCode).HasMaxLength(32);
            b.Property(c => c.CommuneCode).HasMaxLength(32);
            b.Property(c => c.IndustrialZoneCode).HasMaxLength(32);
            b.Property(c => c.Note).HasMaxLength(ProjectConsts.MaxNoteLength);
            b.Property(c => c.SearchText).IsRequired();
            b.Property(c => c.ConcurrencyToken).IsRowVersion();
            // The registered project the notice concerns (optional); a project with notices is not deleted under them.
            b.HasOne<Project>().WithMany().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(c => c.ProjectId);
            b.HasIndex(c => c.Date);
            b.HasIndex(c => c.CountryCode);
        });
    }
}
