using InvestAid.Dossiers;
using InvestAid.TestBase;
using InvestAid.Workflows.Runtime;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace InvestAid.HttpApi.Dossiers;

/// <summary>
/// The host for the procedure tests: documents in a temporary folder, a scanner that refuses EICAR-like content (and fails as on a full disk on the marker TEST-DISK-FULL),
/// and a service task <c>test.concurrent-write</c> that moves the instance on behind the command's back (to prove rollback).
/// </summary>
public sealed class ProcedureApiFactory : ApiFactory
{
    public string StorageRoot { get; } = Path.Combine(Path.GetTempPath(), "investaid-docs-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Storage:Root", StorageRoot);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IDocumentScanner, EicarScanner>();
            services.AddScoped<IServiceTaskHandler>(_ => new ConcurrentWriteHandler(Database.ConnectionString));
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(StorageRoot))
        {
            Directory.Delete(StorageRoot, recursive: true);
        }
    }

    private sealed class EicarScanner : IDocumentScanner
    {
        public async Task<bool> IsCleanAsync(Stream content, CancellationToken cancellationToken)
        {
            using var reader = new StreamReader(content, leaveOpen: true);
            var text = await reader.ReadToEndAsync(cancellationToken);
            if (text.Contains("TEST-DISK-FULL", StringComparison.Ordinal))
            {
                // A scanner's own copy hitting a full disk, as Linux reports it (ENOSPC, errno 28).
                throw new IOException("No space left on device", 28);
            }
            return !text.Contains("EICAR-STANDARD-ANTIVIRUS-TEST-FILE", StringComparison.Ordinal);
        }
    }

    /// <summary>Bumps the instance's version from another connection, as a concurrent command would: the save must then fail whole.</summary>
    private sealed class ConcurrentWriteHandler(string connectionString) : IServiceTaskHandler
    {
        public string Name => "test.concurrent-write";

        public async Task ExecuteAsync(ServiceTaskContext context)
        {
            await using var conn = new NpgsqlConnection(connectionString);
            await conn.OpenAsync(context.CancellationToken);
            await using var cmd = new NpgsqlCommand("UPDATE workflow_instances SET version = version + 100 WHERE id = $1", conn);
            cmd.Parameters.AddWithValue(context.InstanceId);
            await cmd.ExecuteNonQueryAsync(context.CancellationToken);
        }
    }
}
