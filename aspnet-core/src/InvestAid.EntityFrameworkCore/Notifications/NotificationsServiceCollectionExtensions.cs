using InvestAid.EntityFrameworkCore.Finance;
using InvestAid.Finance;
using InvestAid.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace InvestAid.EntityFrameworkCore.Notifications;

public static class NotificationsServiceCollectionExtensions
{
    public const string DataSourceKey = "notifications";

    /// <summary>Finance repositories, notification stores, the reminder jobs' stores and the mail outbox (sent by InvestAid.Infrastructure.Mail).</summary>
    public static IServiceCollection AddInvestAidFinanceAndNotifications(this IServiceCollection services, string connectionString)
    {
        services.AddScoped<IFinanceRepository, FinanceRepository>();
        services.AddScoped<IExchangeRateRepository, ExchangeRateRepository>();
        services.AddScoped<INotificationStore, NotificationStore>();
        services.AddScoped<IOutboxMailStore, OutboxMailStore>();
        services.AddScoped<IJobSettingsStore, JobSettingsStore>();
        services.AddKeyedSingleton(DataSourceKey, (_, _) => NpgsqlDataSource.Create(connectionString));
        services.AddScoped(sp => new ReminderWriter(sp.GetRequiredKeyedService<NpgsqlDataSource>(DataSourceKey)));
        services.AddScoped<IReminderStore>(sp => new ReminderStore(sp.GetRequiredKeyedService<NpgsqlDataSource>(DataSourceKey), sp.GetRequiredService<ReminderWriter>()));
        services.AddScoped<IReminderRecipientStore>(sp => new ReminderRecipientStore(sp.GetRequiredKeyedService<NpgsqlDataSource>(DataSourceKey)));
        services.AddScoped<InvestAid.Validation.IValidationJobQueries>(sp =>
            new Validation.ValidationJobQueries(sp.GetRequiredKeyedService<NpgsqlDataSource>(DataSourceKey)));
        return services;
    }
}
