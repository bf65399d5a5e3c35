using InvestAid.EntityFrameworkCore.Finance;
using InvestAid.Finance;
using InvestAid.Notifications;
using InvestAid.Workflows;
using InvestAid.Workflows.Calendar;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace InvestAid.EntityFrameworkCore.Notifications;

public static class NotificationsServiceCollectionExtensions
{
    public const string DataSourceKey = "notifications";

    /// <summary>Finance repositories, notification stores, the reminder jobs and the mail outbox.</summary>
    public static IServiceCollection AddInvestAidFinanceAndNotifications(this IServiceCollection services, string connectionString)
    {
        services.AddScoped<IFinanceRepository, FinanceRepository>();
        services.AddScoped<IExchangeRateRepository, ExchangeRateRepository>();
        services.AddScoped<INotificationStore, NotificationStore>();
        services.AddScoped<IOutboxMailStore, OutboxMailStore>();
        services.AddScoped<IJobSettingsStore, JobSettingsStore>();
        services.AddKeyedSingleton(DataSourceKey, (_, _) => NpgsqlDataSource.Create(connectionString));
        services.AddScoped(sp => new ReminderWriter(sp.GetRequiredKeyedService<NpgsqlDataSource>(DataSourceKey)));
        services.AddScoped(sp => new ReminderJobs(sp.GetRequiredKeyedService<NpgsqlDataSource>(DataSourceKey), sp.GetRequiredService<ReminderWriter>(),
            sp.GetRequiredService<WorkingDayCalendarProvider>().Current, sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<InvestAid.Workflows.Runtime.IWorkflowDefinitionSource>()));
        services.AddScoped(sp => ActivatorUtilities.CreateInstance<MailOutboxSender>(sp, sp.GetRequiredKeyedService<NpgsqlDataSource>(DataSourceKey)));
        services.AddOptions<MailOptions>();
        services.AddOptions<AppLinkOptions>();
        return services;
    }
}
