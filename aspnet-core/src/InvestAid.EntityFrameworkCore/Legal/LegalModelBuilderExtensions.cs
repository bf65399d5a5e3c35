using InvestAid.Legal;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Legal;

public static class LegalModelBuilderExtensions
{
    public static void ConfigureLegal(this ModelBuilder builder)
    {
        builder.Entity<LegalDocument>(b =>
        {
            b.ToTable("legal_documents");
            b.HasKey(d => d.Id);
            b.Property(d => d.Id).ValueGeneratedNever();
            b.Property(d => d.Number).HasMaxLength(LegalConsts.MaxDocumentNumberLength).IsRequired();
            b.Property(d => d.Kind).HasMaxLength(32).IsRequired();
            b.Property(d => d.TitleVi).HasMaxLength(LegalConsts.MaxTitleLength).IsRequired();
            b.Property(d => d.TitleEn).HasMaxLength(LegalConsts.MaxTitleLength);
            b.Property(d => d.ReplacedBy).HasMaxLength(LegalConsts.MaxDocumentNumberLength);
            b.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(d => d.Note).HasMaxLength(LegalConsts.MaxNoteLength);
            b.HasIndex(d => d.Number).IsUnique();
        });
        builder.Entity<LegalParameterVersion>(b =>
        {
            b.ToTable("legal_parameter_versions");
            b.HasKey(v => v.Id);
            b.Property(v => v.Id).ValueGeneratedNever();
            b.Property(v => v.Name).HasMaxLength(LegalConsts.MaxNameLength).IsRequired();
            b.Property(v => v.TitleVi).HasMaxLength(LegalConsts.MaxTitleLength).IsRequired();
            b.Property(v => v.TitleEn).HasMaxLength(LegalConsts.MaxTitleLength);
            b.Property(v => v.Value).HasMaxLength(LegalConsts.MaxValueLength).IsRequired();
            b.Property(v => v.Unit).HasConversion<string>().HasMaxLength(16);
            b.Property(v => v.DocumentNumber).HasMaxLength(LegalConsts.MaxDocumentNumberLength).IsRequired();
            b.Property(v => v.Article).HasMaxLength(LegalConsts.MaxArticleLength);
            b.Property(v => v.Clause).HasMaxLength(LegalConsts.MaxArticleLength);
            b.Property(v => v.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(v => v.Note).HasMaxLength(LegalConsts.MaxNoteLength);
            b.Property(v => v.ChangedBy).HasMaxLength(256).IsRequired();
            b.Ignore(v => v.IsCurrent);
            // One current version per name and day; an edit supersedes the row (kept for history) before its successor is added.
            b.HasIndex(v => new { v.Name, v.EffectiveFrom }).IsUnique().HasFilter("superseded_at IS NULL");
        });
        builder.Entity<InvestAid.Finance.AidAccount>(b =>
        {
            b.ToTable("aid_accounts");
            b.HasKey(a => a.Id);
            b.Property(a => a.Id).ValueGeneratedNever();
            b.Property(a => a.AccountNumber).HasMaxLength(40).IsRequired();
            b.Property(a => a.BankName).HasMaxLength(200).IsRequired();
            b.Property(a => a.AccountHolder).HasMaxLength(200);
            b.Property(a => a.RecordedBy).HasMaxLength(256).IsRequired();
            b.HasOne<InvestAid.Projects.Project>().WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(a => a.ProjectId).IsUnique();
        });
        builder.Entity<HolidayNotice>(b =>
        {
            b.ToTable("calendar_holiday_notices");
            b.HasKey(n => n.Id);
            b.Property(n => n.Id).ValueGeneratedNever();
            b.Property(n => n.Number).HasMaxLength(100).IsRequired();
            b.Property(n => n.Title).HasMaxLength(LegalConsts.MaxTitleLength);
            b.Property(n => n.EnteredBy).HasMaxLength(256).IsRequired();
            b.HasIndex(n => new { n.Year, n.Number }).IsUnique();
        });
    }
}
