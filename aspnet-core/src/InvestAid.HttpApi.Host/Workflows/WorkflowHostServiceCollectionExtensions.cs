using InvestAid.EntityFrameworkCore.Workflows;

namespace InvestAid.Workflows;

public static class WorkflowHostServiceCollectionExtensions
{
    public static IServiceCollection AddInvestAidWorkflowsHost(this IServiceCollection services, string connectionString)
    {
        services.AddInvestAidWorkflowPersistence(connectionString);
        services.AddSingleton<IWorkflowEffectHandler, HangfireWorkflowEffectHandler>();
        services.AddScoped<WorkflowTimerJob>();
        services.AddHostedService<WorkflowTimerStartup>();
        return services;
    }
}
