using InvestAid.Notifications;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InvestAid.Infrastructure.Mail;

/// <summary>Sends over SMTP with MailKit (section <c>Smtp</c>: host, port, STARTTLS, optional login).</summary>
public sealed class SmtpMailTransport(IOptions<MailOptions> options, ILogger<SmtpMailTransport> logger) : IMailTransport
{
    public async Task<IMailSession> ConnectAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var smtp = new SmtpClient { Timeout = (int)o.Timeout.TotalMilliseconds };
        try
        {
            await smtp.ConnectAsync(o.Host, o.Port, o.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
            if (o.UserName is { Length: > 0 })
            {
                await smtp.AuthenticateAsync(o.UserName, o.Password ?? "", cancellationToken);
            }
            return new SmtpMailSession(smtp, o, logger);
        }
        catch
        {
            smtp.Dispose();
            throw;
        }
    }
}
