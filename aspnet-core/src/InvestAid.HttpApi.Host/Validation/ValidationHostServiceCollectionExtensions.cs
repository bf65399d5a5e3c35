using InvestAid.Proposals;

namespace InvestAid.Validation;

public static class ValidationHostServiceCollectionExtensions
{
    /// <summary>Validated data: proposal settings (section <c>Proposals</c>), the jobs and their registration.</summary>
    public static IServiceCollection AddInvestAidValidationHost(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ProposalOptions>(configuration.GetSection(ProposalOptions.Section));
        services.AddScoped<ValidationJobs>();
        services.AddHostedService<ValidationJobsStartup>();
        return services;
    }
}
