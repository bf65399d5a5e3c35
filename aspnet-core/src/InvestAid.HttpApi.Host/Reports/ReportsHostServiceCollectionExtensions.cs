namespace InvestAid.Reports;

public static class ReportsHostServiceCollectionExtensions
{
    public static IServiceCollection AddInvestAidReportsHost(this IServiceCollection services) =>
        services.AddHostedService<FdiMonthlyPublishStartup>();
}
