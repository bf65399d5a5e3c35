using InvestAid.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InvestAid.Workflows;

public static class WorkflowServiceCollectionExtensions
{
    /// <summary>The engine and its use cases; the stores, the definition source and the effect handler come from the hosting layers.</summary>
    public static IServiceCollection AddInvestAidWorkflows(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<WorkingDayCalendarProvider>();
        services.AddSingleton<IBusinessCalendar, WorkingDayBusinessCalendar>();
        // Scoped with the store and the service-task handlers, which work on the request's unit of work.
        services.AddScoped(sp => new WorkflowEngine(
            sp.GetRequiredService<IWorkflowDefinitionStore>(), sp.GetServices<IServiceTaskHandler>(),
            sp.GetRequiredService<IBusinessCalendar>(), sp.GetRequiredService<TimeProvider>(), decisions: sp.GetService<IDecisionEvaluator>()));
        services.AddScoped<WorkflowService>();
        services.AddScoped<WorkflowDefinitionService>();
        services.AddScoped<WorkflowStartTimers>();
        services.AddScoped<WorkflowAppService>();
        services.AddScoped<TaskAdminService>();
        services.AddScoped<ExternalTasks.ExternalTaskService>();
        services.AddScoped<Operations.WorkflowOperationsService>();
        services.AddScoped<Operations.CockpitService>();
        services.AddScoped<Operations.BulkInstanceActions>();
        services.AddScoped<Operations.HistoryCleanupJob>();
        services.AddScoped<Procedures.Archive.DecisionArchiveJob>();
        services.AddScoped<StepNames>();
        services.AddScoped<CalendarAppService>();
        return services;
    }
}
