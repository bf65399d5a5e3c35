using InvestAid.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace InvestAid.Decisions;

public static class DecisionServiceCollectionExtensions
{
    /// <summary>DMN files and their evaluation by business rule tasks; the repository comes from the persistence layer.</summary>
    public static IServiceCollection AddInvestAidDecisions(this IServiceCollection services)
    {
        services.AddSingleton<DecisionModelCache>();
        services.AddScoped<DecisionModelService>();
        services.AddScoped<IDecisionEvaluator, DmnDecisionEvaluator>();
        return services;
    }
}
