using InvestAid.Dossiers;
using InvestAid.Procedures.Handlers;
using InvestAid.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace InvestAid.Procedures;

public static class ProceduresServiceCollectionExtensions
{
    /// <summary>The shipped procedures' seeder, their service-task handlers (scoped: they work on the request's unit of work) and the dossier use cases.</summary>
    public static IServiceCollection AddInvestAidProcedures(this IServiceCollection services)
    {
        services.AddScoped<ProcedureSeeder>();
        services.AddScoped<IServiceTaskHandler, SlaStartHandler>();
        services.AddScoped<IServiceTaskHandler, SlaPauseHandler>();
        services.AddScoped<IServiceTaskHandler, SlaResumeHandler>();
        services.AddScoped<IServiceTaskHandler, NotifyHandler>();
        services.AddScoped<IServiceTaskHandler, ProjectStatusHandler>();
        services.AddScoped<IServiceTaskHandler, DossierDecisionHandler>();
        services.AddScoped<IServiceTaskHandler, IssueCertificateNumberHandler>();
        services.AddScoped<IServiceTaskHandler, CapitalContributionNoticeHandler>();
        services.AddScoped<IServiceTaskHandler, SignatureRecordHandler>();
        services.AddScoped<DossierAppService>();
        services.AddScoped<DossierDocumentService>();
        services.AddScoped<InboxService>();
        services.AddScoped<ProcedureAgencies>();
        services.AddScoped<Workflows.IOwnerTaskGuard, DossierOwnerTaskGuard>();
        services.AddScoped<Workflows.IWorkflowInstanceAccess, DossierInstanceAccess>();
        return services;
    }
}
