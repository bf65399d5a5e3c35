using InvestAid.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Dossiers;

public static class DossiersModelBuilderExtensions
{
    /// <summary>Numbers of investment registration certificates issued by procedures (10 digits once formatted).</summary>
    public const string CertificateNumberSequence = "irc_certificate_number_seq";

    public static void ConfigureDossiers(this ModelBuilder builder)
    {
        builder.HasSequence<long>(CertificateNumberSequence).StartsAt(1).IncrementsBy(1);
        builder.Entity<Dossier>(b =>
        {
            b.ToTable("dossiers");
            b.HasKey(d => d.Id);
            b.Property(d => d.Id).ValueGeneratedNever();
            b.Property(d => d.ProcedureKey).HasMaxLength(DossierConsts.MaxProcedureKeyLength).IsRequired();
            b.Property(d => d.ApplicantName).HasMaxLength(DossierConsts.MaxApplicantNameLength).IsRequired();
            b.Property(d => d.ApplicantContact).HasMaxLength(DossierConsts.MaxApplicantContactLength);
            b.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(d => d.DecisionNumber).HasMaxLength(DossierConsts.MaxDecisionNumberLength);
            b.Property(d => d.ConcurrencyToken).IsRowVersion();
            b.HasOne<InvestAid.Projects.Project>().WithMany().HasForeignKey(d => d.ProjectId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(d => d.ProjectId);
            b.HasIndex(d => d.WorkflowInstanceId).IsUnique();
            b.HasMany(d => d.Documents).WithOne().HasForeignKey(d => d.DossierId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(d => d.Documents).HasField("_documents").UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        builder.Entity<DossierDocument>(b =>
        {
            b.ToTable("dossier_documents");
            b.HasKey(d => d.Id);
            b.Property(d => d.Id).ValueGeneratedNever();
            b.Property(d => d.FileName).HasMaxLength(DossierConsts.MaxFileNameLength).IsRequired();
            b.Property(d => d.ContentType).HasMaxLength(DossierConsts.MaxContentTypeLength).IsRequired();
            b.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
            b.Property(d => d.UploadedBy).HasMaxLength(256);
            b.HasIndex(d => new { d.DossierId, d.Sha256 }).IsUnique();
        });
    }
}
