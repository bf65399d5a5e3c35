using InvestAid.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace InvestAid.Infrastructure.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>The SMTP transport of the mail outbox (settings: <see cref="MailOptions"/>).</summary>
    public static IServiceCollection AddInvestAidMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>();
        services.AddSingleton<IMailTransport, SmtpMailTransport>();
        return services;
    }
}
