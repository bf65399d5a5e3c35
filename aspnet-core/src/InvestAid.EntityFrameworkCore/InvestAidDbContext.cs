using InvestAid.Audit;
using InvestAid.CapitalContributions;
using InvestAid.EntityFrameworkCore.Audit;
using InvestAid.EntityFrameworkCore.CapitalContributions;
using InvestAid.EntityFrameworkCore.Finance;
using InvestAid.EntityFrameworkCore.Identity;
using InvestAid.EntityFrameworkCore.Notifications;
using InvestAid.EntityFrameworkCore.ReferenceData;
using InvestAid.ReferenceData;
using InvestAid.EntityFrameworkCore.Projects;
using InvestAid.EntityFrameworkCore.Workflows;
using InvestAid.EntityFrameworkCore.Reports;
using InvestAid.Reports;
using InvestAid.Identity;
using InvestAid.Projects;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore;

public class InvestAidDbContext(DbContextOptions<InvestAidDbContext> options)
    : IdentityDbContext<AppUser, AppRole, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<CapitalEvent> CapitalEvents => Set<CapitalEvent>();
    public DbSet<CapitalContribution> CapitalContributions => Set<CapitalContribution>();
    public DbSet<ReferenceItem> ReferenceItems => Set<ReferenceItem>();
    public DbSet<UserGroup> UserGroups => Set<UserGroup>();
    public DbSet<IdentityMapping> IdentityMappings => Set<IdentityMapping>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<FdiReportSnapshot> FdiReportSnapshots => Set<FdiReportSnapshot>();
    public DbSet<CapitalLedgerDay> CapitalLedgerDays => Set<CapitalLedgerDay>();

    /// <summary>ASP.NET Core data-protection keys, shared by every host node (cookies and tokens stay valid across nodes).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("unaccent");
        builder.HasPostgresExtension("pg_trgm");
        builder.ConfigureIdentity();
        builder.ConfigureReferenceData();
        builder.ConfigureProjects();
        builder.ConfigureCapitalContributions();
        builder.ConfigureAudit();
        builder.ConfigureWorkflows();
        Decisions.DecisionsModelBuilderExtensions.ConfigureDecisions(builder);
        builder.ConfigureFinance();
        builder.ConfigureNotifications();
        Dossiers.DossiersModelBuilderExtensions.ConfigureDossiers(builder);
        builder.ConfigureReports();
        Legal.LegalModelBuilderExtensions.ConfigureLegal(builder);
        Validation.ValidationModelBuilderExtensions.ConfigureValidation(builder);
    }
}
