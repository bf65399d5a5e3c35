using InvestAid.Projects;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Projects;

public static class ProjectsModelBuilderExtensions
{
    public static void ConfigureProjects(this ModelBuilder builder)
    {
        builder.Entity<Project>(b =>
        {
            b.ToTable("projects");
            b.HasKey(p => p.Id);
            b.Property(p => p.Id).ValueGeneratedNever();
            b.Property(p => p.Code).HasMaxLength(ProjectConsts.MaxCodeLength).IsRequired();
            b.HasIndex(p => p.Code).IsUnique();
            b.Property(p => p.NationalCode).HasMaxLength(ProjectConsts.MaxNationalCodeLength);
            b.Property(p => p.NameVi).HasMaxLength(ProjectConsts.MaxNameLength).IsRequired();
            b.Property(p => p.NameEn).HasMaxLength(ProjectConsts.MaxNameLength);
            b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(32);
            b.Property(p => p.Status).HasConversion<string>().HasMaxLength(32);
            b.Property(p => p.OwnerName).HasMaxLength(ProjectConsts.MaxPartyNameLength);
            b.Property(p => p.CommuneCode).HasMaxLength(32);
            b.Property(p => p.CommuneCodes).HasColumnType("text[]").HasDefaultValueSql("'{}'::text[]");
            b.Property(p => p.InvestorCountryCodes).HasColumnType("text[]").HasDefaultValueSql("'{}'::text[]");
            b.Property(p => p.IndustrialZoneCode).HasMaxLength(32);
            b.Property(p => p.Address).HasMaxLength(ProjectConsts.MaxAddressLength);
            b.Property(p => p.Latitude).HasPrecision(9, 6);
            b.Property(p => p.Longitude).HasPrecision(9, 6);
            b.Property(p => p.SectorCode).HasMaxLength(32);
            b.Property(p => p.DacCode).HasMaxLength(32);
            b.Property(p => p.DonorCode).HasMaxLength(32);
            b.Property(p => p.Objectives).HasMaxLength(ProjectConsts.MaxObjectivesLength);
            b.Property(p => p.RegisteredCapitalUsd).HasPrecision(20, 2);
            b.Property(p => p.RegisteredCapitalVnd).HasPrecision(24, 0);
            b.Property(p => p.SearchText).IsRequired();
            b.Property(p => p.ConcurrencyToken).IsRowVersion();
            b.Ignore(p => p.IsAid);

            b.OwnsOne(p => p.Fdi, o =>
            {
                o.Property(f => f.IrcNumber).HasMaxLength(ProjectConsts.MaxDocumentNumberLength);
            });
            b.OwnsOne(p => p.Oda, o =>
            {
                o.Property(x => x.AgreementNumber).HasMaxLength(ProjectConsts.MaxDocumentNumberLength);
                o.Property(x => x.Currency).HasMaxLength(3);
                o.Property(x => x.OdaAmount).HasPrecision(24, 2);
                o.Property(x => x.LoanAmount).HasPrecision(24, 2);
                o.Property(x => x.CounterpartAmount).HasPrecision(24, 2);
                o.Property(x => x.RateToUsd).HasPrecision(18, 8);
                o.Property(x => x.RateToVnd).HasPrecision(18, 4);
                o.Ignore(x => x.TotalAmount);
                o.Ignore(x => x.TotalUsd);
                o.Ignore(x => x.TotalVnd);
            });
            b.OwnsOne(p => p.Ngo, o =>
            {
                o.Property(x => x.AidType).HasConversion<string>().HasMaxLength(16);
                o.Property(x => x.CommittedAmount).HasPrecision(24, 2);
                o.Property(x => x.Currency).HasMaxLength(3);
                o.Property(x => x.RateToUsd).HasPrecision(18, 8);
                o.Property(x => x.ReceivingAgencyCode).HasMaxLength(32);
                o.Property(x => x.Field).HasMaxLength(256);
                o.Property(x => x.ApprovalDecisionNumber).HasMaxLength(ProjectConsts.MaxDocumentNumberLength);
                o.Ignore(x => x.CommittedUsd);
            });
            b.OwnsMany(p => p.Investors, o =>
            {
                o.ToTable("project_investors");
                o.WithOwner().HasForeignKey("ProjectId");
                o.Property<int>("Id").UseIdentityAlwaysColumn();
                o.HasKey("Id");
                o.Property(i => i.Name).HasMaxLength(ProjectConsts.MaxPartyNameLength).IsRequired();
                o.Property(i => i.CountryCode).HasMaxLength(2).IsRequired();
                o.HasIndex(i => i.CountryCode);
            });
            b.Navigation(p => p.Investors).UsePropertyAccessMode(PropertyAccessMode.Field);
            b.HasMany(p => p.CapitalEvents).WithOne().HasForeignKey(e => e.ProjectId).OnDelete(DeleteBehavior.Restrict);
            b.Navigation(p => p.CapitalEvents).UsePropertyAccessMode(PropertyAccessMode.Field);
            b.HasMany(p => p.StatusChanges).WithOne().HasForeignKey(e => e.ProjectId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(p => p.StatusChanges).UsePropertyAccessMode(PropertyAccessMode.Field);

            // List filters and sorts; the folded search text gets a trigram index (see the migration).
            b.HasIndex(p => new { p.Kind, p.Status });
            b.HasIndex(p => p.DonorCode);
            // Covers the sector list by registration dates with its default sort: the matches, their count and the page's
            // ids come from the index alone; only the page's rows are read from the table.
            b.HasIndex(p => new { p.SectorCode, p.RegisteredOn }).IncludeProperties(p => new { p.UpdatedAt, p.Id });
            b.HasIndex(p => p.CommuneCode);
            b.HasIndex(p => p.RegisteredOn);
            b.HasIndex(p => p.OwnerUserId);
            b.HasIndex(p => p.UpdatedAt);
            // The list's sort orders an officer picks (code has its unique index, registered_on and updated_at theirs).
            b.HasIndex(p => p.RegisteredCapitalUsd);
            b.HasIndex(p => p.NameVi);
            b.HasIndex(p => p.InvestorCountryCodes).HasMethod("gin");
            b.HasIndex(p => p.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        });

        builder.Entity<CapitalEvent>(b =>
        {
            b.ToTable("capital_events");
            b.HasKey(e => e.Id);
            // Ids are made by the domain (UUID v7): a new entry found on a loaded project is an insert, not an update.
            b.Property(e => e.Id).ValueGeneratedNever();
            b.Property(e => e.Type).HasConversion<string>().HasMaxLength(32);
            b.Property(e => e.CapitalChangeUsd).HasPrecision(20, 2);
            b.Property(e => e.CapitalChangeVnd).HasPrecision(24, 0);
            b.Property(e => e.CertificateNumber).HasMaxLength(ProjectConsts.MaxDocumentNumberLength);
            b.Property(e => e.Note).HasMaxLength(ProjectConsts.MaxNoteLength);
            b.Property(e => e.RecordedBy).HasMaxLength(256);
            b.HasIndex(e => new { e.ProjectId, e.EffectiveDate });
            b.HasIndex(e => e.EffectiveDate);
            b.HasIndex(e => e.CorrectsEventId);
        });

        builder.Entity<ProjectStatusChange>(b =>
        {
            b.ToTable("project_status_changes");
            b.HasKey(e => e.Id);
            b.Property(e => e.Id).ValueGeneratedNever();
            b.Property(e => e.From).HasConversion<string>().HasMaxLength(32);
            b.Property(e => e.To).HasConversion<string>().HasMaxLength(32);
            b.HasIndex(e => new { e.ProjectId, e.EffectiveDate });
        });

        builder.Entity<CodeCounter>(b =>
        {
            b.ToTable("code_counters");
            b.HasKey(c => new { c.Series, c.Year });
            b.Property(c => c.Series).HasMaxLength(16);
        });
    }
}
