using System.Net;
using System.Text;
using System.Text.Json;

namespace InvestAid.MailSink;

/// <summary>
/// Console mode, for ./etc/run: <c>InvestAid.MailSink --smtp-port 2525 --http-port 8025 --dir .data/mail</c>.
/// HTTP on 127.0.0.1: <c>/</c> a list, <c>/api/messages</c> JSON, <c>/api/messages/{id}</c> the raw .eml.
/// </summary>
public static class SinkProgram
{
    public static async Task<int> Main(string[] args)
    {
        string Arg(string name, string fallback) =>
            args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var smtpPort = int.Parse(Arg("--smtp-port", "2525"), System.Globalization.CultureInfo.InvariantCulture);
        var httpPort = int.Parse(Arg("--http-port", "8025"), System.Globalization.CultureInfo.InvariantCulture);
        var folder = Path.GetFullPath(Arg("--dir", "mail"));

        await using var sink = new MailSinkServer(smtpPort, folder);
        await sink.StartAsync();
        using var http = new HttpListener();
        http.Prefixes.Add($"http://127.0.0.1:{httpPort}/");
        http.Start();
        Console.WriteLine($"mail sink: SMTP 127.0.0.1:{smtpPort}, web http://127.0.0.1:{httpPort}/, files in {folder}");
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await http.GetContextAsync().WaitAsync(stop.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            Answer(context, Stored(folder));
        }
        return 0;
    }

    /// <summary>The .eml files of the folder, newest first (the folder outlives the process).</summary>
    private static List<(string Id, FileInfo File)> Stored(string folder) =>
        [.. new DirectoryInfo(folder).GetFiles("*.eml").OrderByDescending(f => f.Name).Select(f => (Path.GetFileNameWithoutExtension(f.Name), f))];

    private static void Answer(HttpListenerContext context, List<(string Id, FileInfo File)> stored)
    {
        var path = context.Request.Url?.AbsolutePath ?? "/";
        var response = context.Response;
        byte[] body;
        if (path.StartsWith("/api/messages/", StringComparison.Ordinal)
            && stored.FirstOrDefault(s => s.Id == path["/api/messages/".Length..]) is { File: not null } one)
        {
            response.ContentType = "message/rfc822";
            body = File.ReadAllBytes(one.File.FullName);
        }
        else if (path == "/api/messages")
        {
            response.ContentType = "application/json; charset=utf-8";
            body = JsonSerializer.SerializeToUtf8Bytes(stored.Select(s => Summary(s.Id, s.File)), new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) });
        }
        else if (path == "/")
        {
            response.ContentType = "text/html; charset=utf-8";
            var rows = string.Concat(stored.Select(s => Summary(s.Id, s.File)).Select(m =>
                $"<tr><td>{m.ReceivedAt:yyyy-MM-dd HH:mm:ss}</td><td>{WebUtility.HtmlEncode(m.To)}</td><td><a href=\"/api/messages/{m.Id}\">{WebUtility.HtmlEncode(m.Subject)}</a></td></tr>"));
            body = Encoding.UTF8.GetBytes($"<!DOCTYPE html><html lang=\"vi\"><meta charset=\"utf-8\"><title>InvestAid mail sink</title><h1>Thư đã nhận ({stored.Count})</h1><table border=\"1\" cellpadding=\"4\"><tr><th>Nhận lúc</th><th>Đến</th><th>Tiêu đề</th></tr>{rows}</table></html>");
        }
        else
        {
            response.StatusCode = 404;
            body = [];
        }
        response.ContentLength64 = body.Length;
        response.OutputStream.Write(body);
        response.Close();
    }

    private static MessageSummary Summary(string id, FileInfo file)
    {
        var message = MimeKit.MimeMessage.Load(file.FullName);
        return new MessageSummary(id, file.LastWriteTimeUtc, message.From.ToString(), message.To.ToString(), message.Subject ?? "");
    }

    private sealed record MessageSummary(string Id, DateTime ReceivedAt, string From, string To, string Subject);
}
