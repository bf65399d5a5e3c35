using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InvestAid.Notifications;

/// <summary>
/// Sends the outbox. Due rows are claimed inside a transaction that also records the outcome
/// (<see cref="IOutboxMailStore.ClaimDueAsync"/>), so two senders never send the same row; a failure counts an attempt
/// and waits twice as long each time (<see cref="MailOptions.FirstRetryDelay"/>), and after
/// <see cref="MailOptions.MaxAttempts"/> the row stays <c>Failed</c>. A crash between the mail server's answer and the
/// commit can send a row again; its Message-ID (the row id) lets mail clients drop the duplicate.
/// </summary>
public sealed class MailOutboxSender(IOutboxMailStore outbox, IMailTransport transport, IOptions<MailOptions> options, IOptions<AppLinkOptions> links,
    TimeProvider clock, ILogger<MailOutboxSender> logger)
{
    /// <returns>How many mails were sent.</returns>
    public Task<int> SendDueAsync(CancellationToken cancellationToken) => SendDueAsync(clock.GetUtcNow(), cancellationToken);

    public async Task<int> SendDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        now = now.ToUniversalTime();
        var sent = 0;
        while (true)
        {
            var (batch, batchSent) = await SendBatchAsync(now, cancellationToken);
            sent += batchSent;
            if (batch < options.Value.BatchSize)
            {
                return sent;
            }
        }
    }

    private async Task<(int Batch, int Sent)> SendBatchAsync(DateTimeOffset now, CancellationToken ct)
    {
        var o = options.Value;
        await using var batch = await outbox.ClaimDueAsync(now, o.BatchSize, ct);
        if (batch.Mails.Count == 0)
        {
            return (0, 0);
        }

        var sent = 0;
        IMailSession? session = null;
        Exception? connectError = null;
        try
        {
            session = await transport.ConnectAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            connectError = e;
        }
        try
        {
            foreach (var mail in batch.Mails)
            {
                var error = connectError;
                if (session is not null)
                {
                    try
                    {
                        await session.SendAsync(new OutboxMessage(mail.Id, mail.To, mail.Title, mail.Body, links.Value.Absolute(mail.Link), mail.Language), ct);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        error = e;
                    }
                }
                if (error is null)
                {
                    await batch.MarkSentAsync(mail.Id, now, ct);
                    sent++;
                }
                else
                {
                    var attempts = mail.Attempts + 1;
                    var message = $"{error.GetType().Name}: {error.Message}";
                    await batch.MarkAttemptFailedAsync(mail.Id, now + o.FirstRetryDelay * Math.Pow(2, attempts - 1), attempts >= o.MaxAttempts,
                        message.Length > 2000 ? message[..2000] : message, ct);
                    logger.LogWarning("Mail {Id} to {To} failed (attempt {Attempt}): {Error}", mail.Id, mail.To, attempts, error.Message);
                }
            }
        }
        finally
        {
            if (session is not null)
            {
                await session.DisposeAsync();
            }
        }
        await batch.CommitAsync(ct);
        return (batch.Mails.Count, sent);
    }
}
