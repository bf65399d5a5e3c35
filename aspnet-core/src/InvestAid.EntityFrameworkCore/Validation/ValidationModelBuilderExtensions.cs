using InvestAid.EnterpriseReports;
using InvestAid.Freezes;
using InvestAid.Projects;
using InvestAid.Proposals;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Validation;

/// <summary>Tables of validated data: outside edits waiting for an officer, frozen periods and their exceptions, enterprises' reports.</summary>
public static class ValidationModelBuilderExtensions
{
    public static void ConfigureValidation(this ModelBuilder builder)
    {
        builder.Entity<ChangeProposal>(b =>
        {
            b.ToTable("change_proposals");
            b.Property(x => x.Id).ValueGeneratedNever();
            b.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
            b.Property(x => x.Kind).HasMaxLength(32).IsRequired();
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.PayloadJson).HasColumnType("jsonb").IsRequired();
            b.Property(x => x.ChangesJson).HasColumnType("jsonb").IsRequired();
            b.Property(x => x.AttachmentsJson).HasColumnType("jsonb").IsRequired();
            b.Property(x => x.Reason).HasMaxLength(ProposalConsts.MaxReasonLength).IsRequired();
            b.Property(x => x.ProposedByName).HasMaxLength(256);
            b.Property(x => x.DecidedByName).HasMaxLength(256);
            b.Property(x => x.DecisionComment).HasMaxLength(ProposalConsts.MaxCommentLength);
            b.Property(x => x.ConcurrencyToken).IsRowVersion();
            b.Ignore(x => x.Changes);
            b.Ignore(x => x.Attachments);
            b.HasIndex(x => new { x.ProjectId, x.ProposedAt });
            b.HasIndex(x => new { x.Status, x.ProposedAt });
        });
        builder.Entity<ProposalSetting>(b =>
        {
            b.ToTable("proposal_settings");
            b.Property(x => x.Id).ValueGeneratedNever();
            b.Property(x => x.Kind).HasMaxLength(32).IsRequired();
            b.Property(x => x.UpdatedBy).HasMaxLength(256);
            b.Property(x => x.ConcurrencyToken).IsRowVersion();
            b.HasIndex(x => x.Kind).IsUnique();
            // The defaults the configuration gave before the settings moved here: no second person, no automatic acceptance, in the digest.
            b.HasData(
                new { Id = new Guid("0193a5c0-0000-7000-8000-000000000181"), Kind = ProposalKinds.ProjectData, SecondPerson = false, AutoAcceptAfterWorkingDays = (int?)null, InDigest = true },
                new { Id = new Guid("0193a5c0-0000-7000-8000-000000000182"), Kind = ProposalKinds.Disbursement, SecondPerson = false, AutoAcceptAfterWorkingDays = (int?)null, InDigest = true },
                new { Id = new Guid("0193a5c0-0000-7000-8000-000000000183"), Kind = ProposalKinds.ImplementedCapital, SecondPerson = false, AutoAcceptAfterWorkingDays = (int?)null, InDigest = true });
        });
        builder.Entity<FreezeEvent>(b =>
        {
            b.ToTable("freeze_events");
            b.Property(x => x.Id).ValueGeneratedNever();
            b.Property(x => x.Coverage).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.Note).HasMaxLength(ProposalConsts.MaxReasonLength);
            b.Property(x => x.DeclaredBy).HasMaxLength(256);
            b.Ignore(x => x.EffectiveFrom);
        });
        builder.Entity<FreezeException>(b =>
        {
            b.ToTable("freeze_exceptions");
            b.Property(x => x.Id).ValueGeneratedNever();
            b.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
            b.Property(x => x.Reason).HasMaxLength(ProposalConsts.MaxReasonLength).IsRequired();
            b.Property(x => x.GrantedByName).HasMaxLength(256);
            b.Property(x => x.UsedFor).HasMaxLength(512);
            b.HasIndex(x => x.ProjectId);
        });
        builder.Entity<EnterpriseReport>(b =>
        {
            b.ToTable("enterprise_reports");
            b.Property(x => x.Id).ValueGeneratedNever();
            b.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
            b.Property(x => x.PeriodKind).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.FormVersion).HasMaxLength(64).IsRequired();
            b.Property(x => x.ValuesJson).HasColumnType("jsonb").IsRequired();
            b.Property(x => x.Note).HasMaxLength(ProposalConsts.MaxReasonLength);
            b.Property(x => x.FiledByName).HasMaxLength(256);
            b.Property(x => x.DecidedByName).HasMaxLength(256);
            b.Property(x => x.DecisionComment).HasMaxLength(ProposalConsts.MaxCommentLength);
            b.Property(x => x.ConcurrencyToken).IsRowVersion();
            b.Ignore(x => x.Values);
            b.Ignore(x => x.PeriodLabel);
            // One row per revision of a period: two concurrent filings of the same revision cannot both land.
            b.HasIndex(x => new { x.ProjectId, x.PeriodKind, x.Year, x.Quarter, x.Revision }).IsUnique();
            b.HasIndex(x => new { x.Status, x.Year, x.Quarter });
        });
    }
}
