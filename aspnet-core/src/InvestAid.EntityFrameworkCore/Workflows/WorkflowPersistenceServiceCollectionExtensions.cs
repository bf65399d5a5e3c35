using InvestAid.Workflows;
using InvestAid.Workflows.Calendar;
using InvestAid.Workflows.Persistence;
using InvestAid.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace InvestAid.EntityFrameworkCore.Workflows;

public static class WorkflowPersistenceServiceCollectionExtensions
{
    public const string DataSourceKey = "workflows";

    /// <summary>The engine on PostgreSQL: store, definitions, task lists and calendar, over one data source of their own.</summary>
    public static IServiceCollection AddInvestAidWorkflowPersistence(this IServiceCollection services, string connectionString)
    {
        services.AddKeyedSingleton(DataSourceKey, (_, _) => CreateDataSource(connectionString));
        // Scoped: a command's save shares the request's DbContext, so registry writes of service tasks commit with it.
        services.AddScoped<IWorkflowStore>(sp => new WorkflowStore(
            sp.GetRequiredKeyedService<NpgsqlDataSource>(DataSourceKey), sp.GetService<InvestAidDbContext>()));
        services.AddSingleton<IWorkflowDefinitionStore>(sp =>
            new WorkflowDefinitionStore(sp.GetRequiredKeyedService<NpgsqlDataSource>(DataSourceKey), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IWorkflowTaskInbox>(sp => new WorkflowTaskInbox(sp.GetRequiredKeyedService<NpgsqlDataSource>(DataSourceKey)));
        services.AddSingleton<InvestAid.Workflows.ExternalTasks.IExternalTaskQueue>(sp => new ExternalTaskQueue(sp.GetRequiredKeyedService<NpgsqlDataSource>(DataSourceKey)));
        services.AddSingleton<InvestAid.Workflows.Operations.IWorkflowOperationsQueries>(sp => new WorkflowOperationsQueries(sp.GetRequiredKeyedService<NpgsqlDataSource>(DataSourceKey)));
        services.AddSingleton<InvestAid.Workflows.Operations.ICockpitQueries>(sp => new CockpitQueries(sp.GetRequiredKeyedService<NpgsqlDataSource>(DataSourceKey)));
        services.AddSingleton<InvestAid.Workflows.Operations.IHistoryCleanupStore>(sp => new HistoryCleanupStore(sp.GetRequiredKeyedService<NpgsqlDataSource>(DataSourceKey)));
        services.AddSingleton<InvestAid.Projects.IProjectScopeQueries>(sp => new Projects.ProjectScopeQueries(sp.GetRequiredKeyedService<NpgsqlDataSource>(DataSourceKey)));
        services.AddSingleton<InvestAid.Workflows.Incidents.IWorkflowIncidentStore>(sp => new WorkflowIncidentStore(sp.GetRequiredKeyedService<NpgsqlDataSource>(DataSourceKey)));
        services.AddSingleton<IWorkflowTimerJobStore>(sp => new WorkflowTimerJobStore(sp.GetRequiredKeyedService<NpgsqlDataSource>(DataSourceKey)));
        services.AddSingleton<IWorkflowStartTimerStore>(sp => new WorkflowStartTimerStore(sp.GetRequiredKeyedService<NpgsqlDataSource>(DataSourceKey)));
        services.AddSingleton<ICalendarDataStore>(sp => new CalendarDataStore(sp.GetRequiredKeyedService<NpgsqlDataSource>(DataSourceKey)));
        services.AddScoped<IWorkflowDefinitionRepository, WorkflowDefinitionRepository>();
        services.AddScoped<ICalendarAdjustmentRepository, CalendarAdjustmentRepository>();
        services.AddScoped<CalendarSeeder>();
        services.AddInvestAidWorkflows();
        // Business rule tasks evaluate DMN files stored beside the models.
        services.AddScoped<InvestAid.Decisions.IDecisionModelRepository, Decisions.DecisionModelRepository>();
        services.AddScoped<InvestAid.Decisions.Forms.IFormDefinitionRepository, Decisions.FormDefinitionRepository>();
        InvestAid.Decisions.DecisionServiceCollectionExtensions.AddInvestAidDecisions(services);
        return services;
    }

    /// <summary>
    /// The engine's own pool. Its statements are few and repeated for ever, so they are prepared on the server
    /// after two uses (parse and plan once per connection); the engine leaves no session state behind, so a
    /// connection goes back to the pool without a reset.
    /// </summary>
    public static NpgsqlDataSource CreateDataSource(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.MaxAutoPrepare = Math.Max(builder.ConnectionStringBuilder.MaxAutoPrepare, 64);
        builder.ConnectionStringBuilder.AutoPrepareMinUsages = 2;
        builder.ConnectionStringBuilder.NoResetOnClose = true;
        return builder.Build();
    }
}
