using InvestAid.Proposals;

namespace InvestAid.Validation;

public static class ValidationHostServiceCollectionExtensions
{
    /// <summary>Validated data: the jobs and their registration (the proposal settings they read are in the database).</summary>
    public static IServiceCollection AddInvestAidValidationHost(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ValidationJobs>();
        services.AddHostedService<ValidationJobsStartup>();
        return services;
    }
}
