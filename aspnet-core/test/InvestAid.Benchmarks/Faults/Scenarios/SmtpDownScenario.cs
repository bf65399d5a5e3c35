using System.Diagnostics;
using Npgsql;

namespace InvestAid.Benchmarks.Faults.Scenarios;

/// <summary>d. The SMTP sink down while notifications are produced, then back.</summary>
public sealed class SmtpDownScenario : IFaultScenario
{
    private const int Instances = 12;

    private const string Ours = """
        SELECT count(*), count(*) FILTER (WHERE o.status = 'Pending' AND o.attempts >= 1), count(*) FILTER (WHERE o.status = 'Sent'),
               coalesce(sum(o.attempts), 0), count(*) FILTER (WHERE o.status = 'Failed')
        FROM mail_outbox o JOIN notifications n ON n.id = o.notification_id WHERE n.title LIKE '%' || $1 || '%'
        """;

    public string Name => "d. SMTP sink down while notifications are produced, then back";

    public string Fault => "the SMTP sink process killed, 12 procedures with a notify step started, the sink restarted once every mail failed at least once";

    public string MustHold => "every outbox mail Sent, none given up; each outbox id exactly once as a Message-ID in the sink";

    public async Task<bool> RunAsync(FaultContext context, List<string> figures)
    {
        var admin = context.Client("admin");
        var key = $"faults-notify-{context.Run}";
        var subject = $"Kiểm thử SMTP {context.Run}";
        await FaultRequests.PublishAsync(admin, FaultRequests.Wrap(key, $"""
            <bpmn:startEvent id="start" />
            <bpmn:serviceTask id="tell" name="Thông báo" camunda:type="external" camunda:topic="notify"><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="to">officer,leader</camunda:inputParameter><camunda:inputParameter name="subject">{subject}</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:serviceTask>
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="tell" />
            <bpmn:sequenceFlow id="f2" sourceRef="tell" targetRef="end" />
            """));
        await context.StopSinkAsync();
        context.Log("mail sink stopped");
        for (var i = 0; i < Instances; i++)
        {
            context.Acks.Instances.Add(await FaultRequests.StartInstanceAsync(admin, key, $"smtp-{context.Run}-{i}"));
        }
        var down = Stopwatch.StartNew();
        (long Total, long FailedOnce, long Sent, long Attempts, long GaveUp) state = default;
        while (down.Elapsed < TimeSpan.FromSeconds(150))
        {
            state = await OutboxAsync(context, subject);
            if (state.Total > 0 && state.FailedOnce == state.Total)
            {
                break;
            }
            await Task.Delay(2000);
        }
        var whileDown = state;
        var downFor = down.Elapsed;
        context.Log($"while the sink was down: {whileDown.Total} mails queued, {whileDown.FailedOnce} failed at least once ({down.Elapsed.TotalSeconds:F0} s)");
        context.StartSink();
        context.Log("mail sink started again");
        var up = Stopwatch.StartNew();
        while (up.Elapsed < TimeSpan.FromSeconds(150))
        {
            state = await OutboxAsync(context, subject);
            if (state.Sent == state.Total)
            {
                break;
            }
            await Task.Delay(2000);
        }
        var deliveredAfter = up.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(2));

        var outboxIds = new List<Guid>();
        await using (var conn = new NpgsqlConnection(context.Checks))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand(
                "SELECT o.id FROM mail_outbox o JOIN notifications n ON n.id = o.notification_id WHERE n.title LIKE '%' || $1 || '%'", conn);
            cmd.Parameters.AddWithValue(subject);
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                outboxIds.Add(reader.GetGuid(0));
            }
        }
        var inSink = context.SinkMessageIds();
        var copies = outboxIds.Select(id => inSink.GetValueOrDefault(id.ToString())).ToList();
        var lost = copies.Count(c => c == 0);
        var duplicated = copies.Count(c => c > 1);
        var duplicatesAnywhere = inSink.Count(m => m.Value > 1);
        var notifications = await context.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE title LIKE '%' || $1 || '%'", subject);

        figures.Add($"{Instances} procedures asked for a notification to officers and leaders: {notifications} in-app notifications, {whileDown.Total} mails queued; " +
                    $"{whileDown.FailedOnce} of them failed at least once while the sink was down ({downFor.TotalSeconds:F0} s)");
        figures.Add($"sink back: all {state.Sent}/{state.Total} sent {deliveredAfter.TotalSeconds:F0} s later, {state.Attempts} attempts in all, {state.GaveUp} given up");
        figures.Add($"in the sink (by Message-ID = outbox id): lost {lost}, delivered twice or more {duplicated}; any Message-ID twice in the sink: {duplicatesAnywhere}");
        return whileDown.Total > 0 && whileDown.FailedOnce == whileDown.Total && state.Sent == state.Total && lost == 0 && duplicated == 0 && duplicatesAnywhere == 0;
    }

    private static async Task<(long, long, long, long, long)> OutboxAsync(FaultContext context, string subject)
    {
        await using var conn = new NpgsqlConnection(context.Checks);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(Ours, conn);
        cmd.Parameters.AddWithValue(subject);
        await using var reader = await cmd.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
    }
}
