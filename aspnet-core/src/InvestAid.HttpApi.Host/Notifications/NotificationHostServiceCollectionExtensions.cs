namespace InvestAid.Notifications;

public static class NotificationHostServiceCollectionExtensions
{
    /// <summary>Mail settings from <c>Smtp</c> and <c>App</c>, the SMTP transport, and the recurring jobs on Hangfire.</summary>
    public static IServiceCollection AddInvestAidNotificationsHost(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<MailOptions>(config.GetSection("Smtp"));
        services.Configure<AppLinkOptions>(config.GetSection("App"));
        Infrastructure.Mail.MailServiceCollectionExtensions.AddInvestAidMail(services);
        services.AddSingleton<IRecurringJobScheduler, HangfireRecurringJobScheduler>();
        services.AddHostedService<RecurringJobsStartup>();
        return services;
    }
}
