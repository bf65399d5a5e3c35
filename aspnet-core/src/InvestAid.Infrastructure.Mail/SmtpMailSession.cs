using InvestAid.Notifications;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;

namespace InvestAid.Infrastructure.Mail;

/// <summary>A connected SMTP client; each message is composed by <see cref="MailComposer"/>.</summary>
internal sealed class SmtpMailSession(SmtpClient smtp, MailOptions options, ILogger logger) : IMailSession
{
    public Task SendAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        smtp.SendAsync(MailComposer.Compose(message.Id, options, message.To, message.Title, message.Body, message.Link, message.Language), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (smtp.IsConnected)
        {
            try
            {
                await smtp.DisconnectAsync(true);
            }
            catch (Exception e)
            {
                logger.LogDebug(e, "SMTP disconnect failed");
            }
        }
        smtp.Dispose();
    }
}
