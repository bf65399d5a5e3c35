using InvestAid.TestBase;
using Microsoft.AspNetCore.Hosting;

namespace InvestAid.HttpApi.Security;

/// <summary>
/// The host on real Kestrel over loopback (request-size limits, headers and cookies as a browser sees them), with a database of its
/// own so that the fuzz test can prove it wrote nothing, and a tiny built web app so the SPA's answers can be probed.
/// </summary>
public sealed class KestrelApiFactory : ApiFactory, IAsyncLifetime
{
    public string SpaRoot { get; } = Path.Combine(Path.GetTempPath(), "investaid-spa-" + Guid.NewGuid().ToString("N"));

    public string StorageRoot { get; } = Path.Combine(Path.GetTempPath(), "investaid-docs-" + Guid.NewGuid().ToString("N"));

    public KestrelApiFactory() => UseKestrel(0);

    public new async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(SpaRoot);
        await File.WriteAllTextAsync(Path.Combine(SpaRoot, "index.html"), "<!doctype html><html><head><title>InvestAid</title></head><body><app-root></app-root></body></html>");
        await Database.InitializeAsync();
        await Mail.StartAsync();
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Spa:Root", SpaRoot);
        builder.UseSetting("Storage:Root", StorageRoot);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var dir in new[] { SpaRoot, StorageRoot })
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}
