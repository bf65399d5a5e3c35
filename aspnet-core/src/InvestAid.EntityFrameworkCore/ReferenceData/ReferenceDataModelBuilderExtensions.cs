using InvestAid.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.ReferenceData;

public static class ReferenceDataModelBuilderExtensions
{
    public static void ConfigureReferenceData(this ModelBuilder builder)
    {
        builder.Entity<ReferenceItem>(b =>
        {
            b.ToTable("reference_items");
            b.HasKey(r => r.Id);
            b.Property(r => r.Id).ValueGeneratedNever();
            b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
            b.Property(r => r.Code).HasMaxLength(ReferenceConsts.MaxCodeLength).IsRequired();
            b.Property(r => r.NameVi).HasMaxLength(ReferenceConsts.MaxNameLength).IsRequired();
            b.Property(r => r.NameEn).HasMaxLength(ReferenceConsts.MaxNameLength).IsRequired();
            b.Property(r => r.ParentCode).HasMaxLength(ReferenceConsts.MaxCodeLength);
            b.Property(r => r.Category).HasMaxLength(ReferenceConsts.MaxCategoryLength);
            b.Property(r => r.SearchText).IsRequired();
            b.Property(r => r.ConcurrencyToken).IsRowVersion();
            b.HasIndex(r => new { r.Kind, r.Code }).IsUnique();
            b.HasIndex(r => new { r.Kind, r.ParentCode });
        });
    }
}
