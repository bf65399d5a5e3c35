using InvestAid.Audit;
using InvestAid.CapitalContributions;
using InvestAid.Common;
using InvestAid.EntityFrameworkCore.Audit;
using InvestAid.EntityFrameworkCore.CapitalContributions;
using InvestAid.EntityFrameworkCore.Common;
using InvestAid.EntityFrameworkCore.Notifications;
using InvestAid.EntityFrameworkCore.Projects;
using InvestAid.EntityFrameworkCore.ReferenceData;
using InvestAid.Projects;
using InvestAid.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestAid.EntityFrameworkCore;

public static class EntityFrameworkCoreServiceCollectionExtensions
{
    /// <summary>The DbContext and the repositories and read models behind the application's interfaces.</summary>
    public static IServiceCollection AddInvestAidEntityFrameworkCore(this IServiceCollection services, string connectionString)
    {
        // The options are built once (they never vary by request); a context is still one per scope.
        services.AddDbContext<InvestAidDbContext>(o => o.UseInvestAidPostgres(connectionString), optionsLifetime: ServiceLifetime.Singleton);
        services.AddScoped<ExpectedVersions>();
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<InvestAid.Legal.ILegalRepository, Legal.LegalRepository>();
        services.AddScoped<InvestAid.Finance.IAidAccountRepository, Legal.AidAccountRepository>();
        services.AddScoped<IProjectRepository, ProjectRepository>();
        services.AddSingleton(new Projects.ProjectReadContexts(connectionString));
        services.AddScoped<IProjectQueries, ProjectQueries>();
        services.AddScoped<IProjectBulkWriter, ProjectBulkWriter>();
        services.AddScoped<InvestAid.Identity.IUserDirectory, Identity.UserDirectory>();
        services.AddScoped<InvestAid.Identity.IIdentityDirectory, Identity.IdentityDirectory>();
        services.AddScoped<InvestAid.Identity.IUserGroupRepository, Identity.UserGroupRepository>();
        services.AddScoped<InvestAid.Identity.IIdentityMappingRepository, Identity.IdentityMappingRepository>();
        // Its own small pool: the counter of unknown e-mails is shared by every node through PostgreSQL.
        services.AddKeyedSingleton(Identity.UnknownLoginFailureStore.DataSourceKey,
            (_, _) => Npgsql.NpgsqlDataSource.Create(new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 10 }.ConnectionString));
        services.AddSingleton<InvestAid.Identity.IUnknownLoginFailureStore>(sp =>
            new Identity.UnknownLoginFailureStore(sp.GetRequiredKeyedService<Npgsql.NpgsqlDataSource>(Identity.UnknownLoginFailureStore.DataSourceKey)));
        services.AddSingleton<InvestAid.Identity.IRefreshTokenStore>(sp =>
            new Identity.RefreshTokenStore(sp.GetRequiredKeyedService<Npgsql.NpgsqlDataSource>(Identity.UnknownLoginFailureStore.DataSourceKey)));
        services.AddSingleton<InvestAid.Identity.ISessionStateStore>(sp =>
            new Identity.SessionStateStore(sp.GetRequiredKeyedService<Npgsql.NpgsqlDataSource>(Identity.UnknownLoginFailureStore.DataSourceKey)));
        services.AddScoped<ReferenceDataRepository>();
        services.AddScoped<IReferenceDataRepository>(sp => sp.GetRequiredService<ReferenceDataRepository>());
        services.AddScoped<IReferenceCodeQueries>(sp => sp.GetRequiredService<ReferenceDataRepository>());
        services.AddScoped<IReferenceQueries, ReferenceQueries>();
        services.AddScoped<CapitalContributionRepository>();
        services.AddScoped<ICapitalContributionRepository>(sp => sp.GetRequiredService<CapitalContributionRepository>());
        services.AddScoped<ICapitalContributionQueries>(sp => sp.GetRequiredService<CapitalContributionRepository>());
        services.AddInvestAidFinanceAndNotifications(connectionString);
        Dossiers.DossiersServiceCollectionExtensions.AddInvestAidDossierPersistence(services);
        services.AddScoped<InvestAid.Reports.IFdiReportQueries, Reports.FdiReportQueries>();
        services.AddScoped<InvestAid.Reports.IFdiReportSnapshotRepository, Reports.FdiReportSnapshotRepository>();
        services.AddScoped<InvestAid.Reports.IReportTemplateRepository, Reports.ReportTemplateRepository>();
        services.AddScoped<InvestAid.Iati.IIatiQueries, Iati.IatiQueries>();
        services.AddScoped<InvestAid.Reports.IAidReportQueries, Reports.AidReportQueries>();
        services.AddScoped<InvestAid.Proposals.IProposalRepository, Validation.ProposalRepository>();
        services.AddScoped<InvestAid.Proposals.IProposalSettingsRepository, Validation.ProposalSettingsRepository>();
        services.AddScoped<InvestAid.Freezes.IFreezeRepository, Validation.FreezeRepository>();
        services.AddScoped<InvestAid.EnterpriseReports.IEnterpriseReportRepository, Validation.EnterpriseReportRepository>();
        return services;
    }
}
