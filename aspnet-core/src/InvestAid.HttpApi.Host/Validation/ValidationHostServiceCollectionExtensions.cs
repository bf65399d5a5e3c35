using InvestAid.Proposals;

namespace InvestAid.Validation;

public static class ValidationHostServiceCollectionExtensions
{
    /// <summary>Validated data: the jobs' registration with Hangfire (the jobs, <see cref="ValidationJobs"/>, are in Application).</summary>
    public static IServiceCollection AddInvestAidValidationHost(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHostedService<ValidationJobsStartup>();
        return services;
    }
}
