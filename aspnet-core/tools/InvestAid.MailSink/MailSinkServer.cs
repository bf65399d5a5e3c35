using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace InvestAid.MailSink;

/// <summary>
/// An SMTP server on 127.0.0.1 that accepts every message (the SmtpServer package does the protocol) and keeps it:
/// in memory for tests, and as <c>.eml</c> files when given a folder. Stop and start it again on the same port to
/// play an SMTP outage.
/// </summary>
public sealed class MailSinkServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedMail> _messages = new();
    private readonly string? _folder;
    private CancellationTokenSource? _stop;
    private Task? _running;

    public MailSinkServer(int port = 0, string? folder = null)
    {
        Port = port == 0 ? FreePort() : port;
        _folder = folder;
        if (_folder is not null)
        {
            Directory.CreateDirectory(_folder);
        }
    }

    public int Port { get; }

    public IReadOnlyList<ReceivedMail> Messages => [.. _messages];

    public bool IsRunning => _running is { IsCompleted: false };

    public async Task StartAsync()
    {
        if (IsRunning)
        {
            return;
        }
        var options = new SmtpServerOptionsBuilder()
            .ServerName("investaid-mailsink")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        _stop = new CancellationTokenSource();
        var server = new SmtpServer.SmtpServer(options, services);
        _running = server.StartAsync(_stop.Token);
        // Wait until the port accepts connections.
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(20);
            }
        }
    }

    public async Task StopAsync()
    {
        if (_stop is null || _running is null)
        {
            return;
        }
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // stopped
        }
        _stop.Dispose();
        _stop = null;
        _running = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private void Keep(byte[] raw)
    {
        var message = MimeMessage.Load(new MemoryStream(raw));
        var mail = new ReceivedMail(Guid.NewGuid().ToString("N"), DateTimeOffset.UtcNow, message.From.ToString(), message.To.ToString(),
            message.Subject ?? "", message.TextBody ?? "", message.HtmlBody, raw);
        _messages.Enqueue(mail);
        if (_folder is not null)
        {
            File.WriteAllBytes(Path.Combine(_folder, $"{mail.ReceivedAt:yyyyMMddHHmmssfff}-{mail.Id}.eml"), raw);
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private sealed class Store(MailSinkServer sink) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            sink.Keep(buffer.ToArray());
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
