using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Decisions;

public static class DecisionsModelBuilderExtensions
{
    public static void ConfigureDecisions(this ModelBuilder builder)
    {
        builder.Entity<DecisionModelRecord>(b =>
        {
            b.ToTable("decision_models");
            b.HasKey(d => d.Id);
            b.Property(d => d.Key).HasMaxLength(200).IsRequired();
            b.Property(d => d.Status).HasMaxLength(16).IsRequired();
            b.Property(d => d.Name).HasMaxLength(500);
            b.HasIndex(d => new { d.Key, d.Version }).IsUnique();
            b.HasIndex(d => d.DecisionKeys).HasMethod("gin");
        });
        builder.Entity<FormDefinitionRecord>(b =>
        {
            b.ToTable("form_definitions");
            b.HasKey(f => f.Id);
            b.Property(f => f.Key).HasMaxLength(200).IsRequired();
            b.Property(f => f.Status).HasMaxLength(16).IsRequired();
            b.Property(f => f.Name).HasMaxLength(500);
            b.Property(f => f.FileName).HasMaxLength(200).IsRequired();
            b.HasIndex(f => new { f.Key, f.Version }).IsUnique();
            b.HasIndex(f => f.FileName);
        });
    }
}
