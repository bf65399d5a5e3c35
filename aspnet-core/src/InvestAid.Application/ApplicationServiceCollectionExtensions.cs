using FluentValidation;
using InvestAid.Identity;
using InvestAid.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace InvestAid;

public static class ApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddInvestAidApplication(this IServiceCollection services)
    {
        ValidatorOptions.Global.PropertyNameResolver = CamelCasePropertyNameResolver.ResolvePropertyName;
        ValidatorOptions.Global.DisplayNameResolver = CamelCasePropertyNameResolver.ResolvePropertyName;
        ValidatorOptions.Global.LanguageManager = new ValidationLanguageManager();
        // One validation path: each use case builds its validator (with the data it needs: reference codes, the project) and
        // validates its input first (docs/architecture.md, "Validation"); validators are not in the container.
        services.AddScoped<IdentitySeeder>();
        services.AddScoped<UserAdminAppService>();
        services.AddScoped<IdentityResolver>();
        services.AddSingleton<IdentityIndexCache>();
        services.AddScoped<GroupAdminService>();
        services.AddScoped<IdentityMappingService>();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<Audit.AuditRecorder>();
        services.AddScoped<Projects.ProjectAppService>();
        services.AddScoped<Projects.ProjectListService>();
        services.AddScoped<Projects.ProjectComparison>();
        services.AddScoped<Projects.ProjectScopeProvider>();
        services.AddScoped<Projects.ProjectImportService>();
        services.AddScoped<CapitalContributions.CapitalContributionAppService>();
        services.AddScoped<ReferenceData.ReferenceDataAppService>();
        services.AddScoped<Seeding.ReferenceDataSeeder>();
        services.AddScoped<Finance.RateResolver>();
        services.AddScoped<Finance.FinanceAppService>();
        services.AddScoped<Finance.ExchangeRateAppService>();
        services.AddScoped<Notifications.NotificationAppService>();
        services.AddScoped<Notifications.OutboxMailAppService>();
        services.AddScoped<Notifications.JobSettingsAppService>();
        services.AddScoped<Notifications.ReminderRecipientResolver>();
        services.AddScoped<Notifications.IReminderJob, Notifications.DisbursementLagReminderJob>();
        services.AddScoped<Notifications.IReminderJob, Notifications.ReceiptOverdueReminderJob>();
        services.AddScoped<Notifications.IReminderJob, Notifications.ReportDeadlineReminderJob>();
        services.AddScoped<Notifications.IReminderJob, Notifications.OverdueTaskReminderJob>();
        services.AddScoped<Notifications.IReminderJob, Notifications.AidNotStartedReminderJob>();
        services.AddScoped<Notifications.IReminderJob, Notifications.ProcedureNotificationReminderJob>();
        services.AddScoped<Notifications.ReminderJobs>();
        services.AddScoped<Notifications.MailOutboxSender>();
        services.AddOptions<Notifications.AppLinkOptions>();
        services.AddOptions<Notifications.MailOptions>();
        services.AddScoped<Seeding.DemoDataSeeder>();
        services.AddScoped<Seeding.DemoValidationSeeder>();
        services.AddScoped<Seeding.DemoProcedureSeeder>();
        Procedures.ProceduresServiceCollectionExtensions.AddInvestAidProcedures(services);
        services.AddScoped<Reports.FdiMonthlyReportService>();
        services.AddScoped<Reports.FdiMonthlyExcelReport>();
        services.AddScoped<Reports.DashboardService>();
        services.AddScoped<Reports.AidReportService>();
        services.AddScoped<Reports.Drafts.ReportDraftService>();
        services.AddScoped<Reports.Drafts.ReportTemplateService>();
        services.AddScoped<Reports.AidExcelReport>();
        services.AddScoped<Iati.IatiActivityExporter>();
        services.AddScoped<Iati.IIatiTransactionSource, Iati.CommitmentTransactionSource>();
        services.AddScoped<Iati.IIatiTransactionSource, Iati.FinanceTransactionSource>();
        services.AddScoped<Legal.LegalParameterService>();
        services.AddScoped<Legal.HolidayNoticeService>();
        services.AddScoped<Legal.LegalDocumentService>();
        services.AddScoped<Legal.LegalExcelExport>();
        services.AddScoped<Legal.LegalSeeder>();
        services.AddScoped<Freezes.FrozenPeriods>();
        services.AddScoped<Freezes.FreezeAppService>();
        services.AddScoped<Proposals.ProposalPolicy>();
        services.AddScoped<Proposals.ProposalSettingsAppService>();
        services.AddScoped<Proposals.ProposalAppService>();
        services.AddScoped<ValidationJobs>();
        services.AddSingleton<EnterpriseReports.IEnterpriseReportDeadlines, EnterpriseReports.StatutoryEnterpriseReportDeadlines>();
        services.AddScoped<EnterpriseReports.EnterpriseReportAppService>();
        services.AddScoped<EnterpriseReports.EnterpriseReportExcel>();
        services.AddScoped<Finance.AidAccountService>();
        return services;
    }
}
