using InvestAid.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace InvestAid.Decisions;

public static class DecisionServiceCollectionExtensions
{
    /// <summary>DMN files and their evaluation by business rule tasks, and Camunda Forms; the repositories come from the persistence layer.</summary>
    public static IServiceCollection AddInvestAidDecisions(this IServiceCollection services)
    {
        services.AddSingleton<DecisionModelCache>();
        services.AddSingleton<FormSchemaCache>();
        services.AddScoped<Forms.FormDefinitionService>();
        services.AddScoped<Forms.FormResolver>();
        services.AddScoped<DecisionModelService>();
        services.AddScoped<IDecisionEvaluator, DmnDecisionEvaluator>();
        return services;
    }
}
