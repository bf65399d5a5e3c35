using InvestAid;
using InvestAid.Hosting;
using Serilog;

// A plain start-up logger; AddSerilog replaces it once configuration is read.
Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddInvestAidHost();
    var app = builder.Build();
    app.UseInvestAidHost();
    await app.RunAsync();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "InvestAid host stopped unexpectedly");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

namespace InvestAid
{
    /// <summary>Entry point, visible to WebApplicationFactory in the API tests.</summary>
    public partial class Program;
}
