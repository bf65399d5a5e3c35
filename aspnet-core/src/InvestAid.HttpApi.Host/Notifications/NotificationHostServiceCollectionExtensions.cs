namespace InvestAid.Notifications;

public static class NotificationHostServiceCollectionExtensions
{
    /// <summary>Mail settings from <c>Smtp</c> and <c>App</c>, and the recurring jobs on Hangfire.</summary>
    public static IServiceCollection AddInvestAidNotificationsHost(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<MailOptions>(config.GetSection("Smtp"));
        services.Configure<AppLinkOptions>(config.GetSection("App"));
        services.AddSingleton<IRecurringJobScheduler, HangfireRecurringJobScheduler>();
        services.AddHostedService<RecurringJobsStartup>();
        return services;
    }
}
