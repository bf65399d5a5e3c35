using System.Net;
using InvestAid.Notifications;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Npgsql;

namespace InvestAid.EntityFrameworkCore.Notifications;

/// <summary>
/// Sends the outbox. Due rows are claimed with <c>FOR UPDATE SKIP LOCKED</c> inside a transaction that also records
/// the outcome, so two senders never send the same row; a failure counts an attempt and waits twice as long each
/// time (<see cref="MailOptions.FirstRetryDelay"/>), and after <see cref="MailOptions.MaxAttempts"/> the row stays
/// <c>Failed</c>. A crash between the SMTP answer and the commit can send a row again; its Message-ID (the row id)
/// lets mail clients drop the duplicate.
/// </summary>
public sealed class MailOutboxSender(NpgsqlDataSource dataSource, IOptions<MailOptions> options, IOptions<AppLinkOptions> links,
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
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var rows = new List<(Guid Id, string To, int Attempts, string Title, string Body, string? Link, string Language)>();
        await using (var cmd = new NpgsqlCommand("""
            SELECT o.id, o.to_address, o.attempts, n.title, n.body, n.link, coalesce(u.language, 'vi')
            FROM mail_outbox o JOIN notifications n ON n.id = o.notification_id LEFT JOIN users u ON u.id = n.user_id
            WHERE o.status = 'Pending' AND o.next_attempt_at <= $1
            ORDER BY o.next_attempt_at
            LIMIT $2
            FOR UPDATE OF o SKIP LOCKED
            """, conn, tx))
        {
            cmd.Parameters.AddWithValue(now);
            cmd.Parameters.AddWithValue(o.BatchSize);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rows.Add((reader.GetGuid(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetString(6)));
            }
        }
        if (rows.Count == 0)
        {
            return (0, 0);
        }

        var sent = 0;
        using var smtp = new SmtpClient { Timeout = (int)o.Timeout.TotalMilliseconds };
        Exception? connectError = null;
        try
        {
            await smtp.ConnectAsync(o.Host, o.Port, o.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
            if (o.UserName is { Length: > 0 })
            {
                await smtp.AuthenticateAsync(o.UserName, o.Password ?? "", ct);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            connectError = e;
        }
        foreach (var row in rows)
        {
            var error = connectError;
            if (error is null)
            {
                try
                {
                    await smtp.SendAsync(MailComposer.Compose(row.Id, o, row.To, row.Title, row.Body, links.Value.Absolute(row.Link), row.Language), ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    error = e;
                }
            }
            await using var update = error is null
                ? new NpgsqlCommand("UPDATE mail_outbox SET status = 'Sent', attempts = attempts + 1, sent_at = $2, last_error = NULL WHERE id = $1", conn, tx)
                : new NpgsqlCommand("UPDATE mail_outbox SET status = $3, attempts = attempts + 1, next_attempt_at = $2, last_error = $4 WHERE id = $1", conn, tx);
            update.Parameters.AddWithValue(row.Id);
            if (error is null)
            {
                update.Parameters.AddWithValue(now);
                sent++;
            }
            else
            {
                var attempts = row.Attempts + 1;
                update.Parameters.AddWithValue(now + o.FirstRetryDelay * Math.Pow(2, attempts - 1));
                update.Parameters.AddWithValue(attempts >= o.MaxAttempts ? nameof(MailStatus.Failed) : nameof(MailStatus.Pending));
                var message = $"{error.GetType().Name}: {error.Message}";
                update.Parameters.AddWithValue(message.Length > 2000 ? message[..2000] : message);
                logger.LogWarning("Mail {Id} to {To} failed (attempt {Attempt}): {Error}", row.Id, row.To, attempts, error.Message);
            }
            await update.ExecuteNonQueryAsync(ct);
        }
        if (smtp.IsConnected)
        {
            try
            {
                await smtp.DisconnectAsync(true, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogDebug(e, "SMTP disconnect failed");
            }
        }
        await tx.CommitAsync(ct);
        return (rows.Count, sent);
    }
}
