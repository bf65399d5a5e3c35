using System.Text.Json;

namespace InvestAid.Benchmarks.Faults.Scenarios;

/// <summary>c. The document store filled up, uploads, then the space returned.</summary>
public sealed class FullDiskScenario : IFaultScenario
{
    private const int DocumentBytes = 512 * 1024;

    public string Name => "c. document store full (tmpfs), then space returns";

    public string Fault => "the document store filled up (room left for 2.5 documents of 512 KiB), 8 uploads, then the filler deleted and 2 more uploads";

    public string MustHold => "uploads that do not fit answer 507 storage.full; document rows = acknowledged uploads; no file of a failed upload stored; " +
                              "staging empty; uploads succeed again once the space returns";

    public async Task<bool> RunAsync(FaultContext context, List<string> figures)
    {
        var officer = context.Client("officer");
        var dossier = await FaultRequests.StartDossierAsync(context, officer) ?? throw new InvalidOperationException("could not start a dossier");
        var filler = Path.Combine(context.Storage, $"filler-{context.Run}");
        var free = new DriveInfo(context.Storage).AvailableFreeSpace;
        // Leave room for two and a half documents.
        await WriteZerosAsync(filler, free - (long)(DocumentBytes * 2.5));
        context.Log($"store filled: {FaultContext.DiskFreeMiB(context.Storage):F2} MiB free");

        var statuses = new List<int>();
        var clear = 0;
        var codes = new HashSet<string>();
        var failedHashes = new List<string>();
        var acked = new List<(Guid Id, string Sha256)>();
        var rng = new Random(7);
        for (var i = 0; i < 8; i++)
        {
            var (status, body, sha, problem) = await FaultRequests.UploadAsync(officer, dossier, rng, DocumentBytes, $"ho-so-{i}.pdf");
            statuses.Add(status);
            if (status == 201)
            {
                var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
                acked.Add((id, sha));
                context.Acks.Documents.Add((id, sha));
            }
            else
            {
                failedHashes.Add(sha);
                if (problem && status >= 500)
                {
                    clear++;
                    codes.Add($"{status} {JsonDocument.Parse(body).RootElement.GetProperty("code").GetString()}");
                }
                else
                {
                    context.Log($"unclear upload failure {status}: {body[..Math.Min(300, body.Length)]}");
                }
            }
        }
        var failed = statuses.Count(s => s != 201);
        var stagingLeft = context.StagingFiles();
        var failedStored = failedHashes.Count(h => File.Exists(Path.Combine(context.Storage, h[..2], h)));
        var rows = await context.ScalarAsync<long>("SELECT count(*) FROM dossier_documents WHERE dossier_id = $1", dossier);

        File.Delete(filler);
        var recovered = 0;
        for (var i = 0; i < 2; i++)
        {
            var (status, body, sha, _) = await FaultRequests.UploadAsync(officer, dossier, rng, DocumentBytes, $"sau-khi-giai-phong-{i}.pdf");
            if (status == 201)
            {
                recovered++;
                context.Acks.Documents.Add((JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid(), sha));
            }
        }
        var rowsAfter = await context.ScalarAsync<long>("SELECT count(*) FROM dossier_documents WHERE dossier_id = $1", dossier);
        var missing = await context.MissingAcksAsync();

        figures.Add($"8 uploads of 512 KiB into a store with room for 2.5: {statuses.Count(s => s == 201)} × 201, {failed} failed ({string.Join(", ", statuses)})");
        figures.Add($"failures answered with a 5xx ProblemDetails: {clear}/{failed} ({string.Join(", ", codes)})");
        figures.Add($"document rows of the dossier {rows} = acknowledged {acked.Count}; files of failed uploads in the store: {failedStored}; files left in staging: {stagingLeft}");
        figures.Add($"space freed: {recovered}/2 uploads accepted again (rows {rowsAfter}); acknowledged writes missing (all kinds, files included): {missing.Total} ({missing.Detail})");
        return failed > 0 && acked.Count > 0 && clear == failed && rows == acked.Count && failedStored == 0 && stagingLeft == 0
               && recovered == 2 && rowsAfter == acked.Count + 2 && missing.Total == 0;
    }

    private static async Task WriteZerosAsync(string path, long bytes)
    {
        var chunk = new byte[64 * 1024];
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write);
        for (long written = 0; written < bytes; written += chunk.Length)
        {
            await file.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, bytes - written)));
        }
    }
}
