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
            b.Property(p => p.Code).HasMaxLength(ProjectConsts.MaxCodeLength).IsRequired();
            b.HasIndex(p => p.Code).IsUnique();
            b.Property(p => p.NameVi).HasMaxLength(ProjectConsts.MaxNameLength).IsRequired();
            b.Property(p => p.NameEn).HasMaxLength(ProjectConsts.MaxNameLength);
            b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(32);
            b.Property(p => p.Status).HasConversion<string>().HasMaxLength(32);
            b.Property(p => p.ConcurrencyToken).IsRowVersion();
            // Temporary on wf-api so the model builds until the registry's mapping lands: take main's file on merge.
            b.Ignore(p => p.Fdi); b.Ignore(p => p.Oda); b.Ignore(p => p.Ngo);
            b.Ignore(p => p.Investors); b.Ignore(p => p.CapitalEvents); b.Ignore(p => p.StatusChanges);
        });
    }
}
