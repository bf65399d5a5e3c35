using InvestAid.EntityFrameworkCore.Workflows;

namespace InvestAid.Workflows;

public static class WorkflowHostServiceCollectionExtensions
{
    public static IServiceCollection AddInvestAidWorkflowsHost(this IServiceCollection services, string connectionString)
    {
        services.AddInvestAidWorkflowPersistence(connectionString);
        // Commands queue their effects and answer; the dispatcher hands them to Hangfire off the request path.
        services.AddSingleton<HangfireWorkflowEffectHandler>();
        services.AddSingleton<WorkflowEffectQueue>();
        services.AddSingleton<IWorkflowEffectHandler>(sp => sp.GetRequiredService<WorkflowEffectQueue>());
        services.AddHostedService<WorkflowEffectDispatcher>();
        services.AddScoped<WorkflowTimerJob>();
        services.AddHostedService<WorkflowTimerStartup>();
        return services;
    }
}
