using AwesomeAssertions;
using InvestAid.EntityFrameworkCore;
using InvestAid.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.Extensions.DependencyInjection;
using Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal;

namespace InvestAid.HttpApi.Persistence;

/// <summary>
/// The committed compiled model (<c>InvestAid.EntityFrameworkCore/CompiledModels</c>) is what EF Core's own generator
/// makes of the current model, so the host never runs on a stale one. The generator runs here in memory, the way
/// <c>dotnet ef dbcontext optimize</c> runs it; no server is contacted.
/// To regenerate after a model change, in this project's folder: <c>INVESTAID_WRITE_COMPILED_MODEL=1 dotnet run -- -class InvestAid.HttpApi.Persistence.CompiledModelTests</c>
/// (or <c>dotnet ef dbcontext optimize</c> with the same output folder and namespace).
/// </summary>
public sealed class CompiledModelTests
{
    private const string ModelNamespace = "InvestAid.EntityFrameworkCore.CompiledModels";

    [Fact]
    public void The_committed_compiled_model_is_what_the_generator_makes_of_the_current_model()
    {
        var generated = Generate();
        var folder = CompiledModelFolder();

        if (Environment.GetEnvironmentVariable("INVESTAID_WRITE_COMPILED_MODEL") == "1")
        {
            foreach (var stale in Directory.EnumerateFiles(folder, "*.cs"))
            {
                File.Delete(stale);
            }
            foreach (var (name, code) in generated)
            {
                File.WriteAllText(Path.Combine(folder, name), code);
            }
        }

        var committed = Directory.EnumerateFiles(folder, "*.cs").ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
        committed.Keys.Should().BeEquivalentTo(generated.Keys,
            "the compiled model's files are generated; regenerate them with INVESTAID_WRITE_COMPILED_MODEL=1 (see this class)");
        foreach (var (name, code) in generated)
        {
            Normalize(committed[name]).Should().Be(Normalize(code),
                $"{name} is stale: the model changed since it was generated; regenerate with INVESTAID_WRITE_COMPILED_MODEL=1 (see this class)");
        }
    }

    [Fact]
    public void The_host_context_runs_on_the_compiled_model()
    {
        var options = new DbContextOptionsBuilder<InvestAidDbContext>();
        options.UseInvestAidPostgres("Host=localhost;Database=unused;Username=unused");
        using var context = new InvestAidDbContext(options.Options);

        context.Model.GetType().Namespace.Should().Be(ModelNamespace);
        context.Model.FindEntityType(typeof(InvestAid.Projects.Project)).Should().NotBeNull();
    }

    private static Dictionary<string, string> Generate()
    {
        using var context = new DesignTimeDbContextFactory().CreateDbContext([]);
        var services = new ServiceCollection()
            .AddEntityFrameworkDesignTimeServices()
            .AddDbContextDesignTimeServices(context);
        // Npgsql's design-time services are what `dotnet ef` loads for this provider (it finds them by attribute).
#pragma warning disable EF1001
        new NpgsqlDesignTimeServices().ConfigureDesignTimeServices(services);
#pragma warning restore EF1001
        using var provider = services.BuildServiceProvider();

        var options = new CompiledModelCodeGenerationOptions
        {
            ContextType = typeof(InvestAidDbContext),
            ModelNamespace = ModelNamespace,
            Language = "C#",
            UseNullableReferenceTypes = true,
        };
        var files = provider.GetRequiredService<ICompiledModelCodeGeneratorSelector>().Select(options)
            .GenerateModel(context.GetService<IDesignTimeModel>().Model, options);
        return files.ToDictionary(f => Path.GetFileName(f.Path), f => f.Code);
    }

    /// <summary>Line ends aside, the only part that differs between two runs is the model's random id.</summary>
    private static string Normalize(string code) =>
        System.Text.RegularExpressions.Regex.Replace(code.Replace("\r\n", "\n").TrimEnd(), @"modelId: new Guid\(""[0-9a-f-]+""\)", "modelId: (id)");

    private static string CompiledModelFolder() =>
        Directory.CreateDirectory(Path.Combine(RepoPaths.Above("aspnet-core", "src", "InvestAid.EntityFrameworkCore"), "CompiledModels")).FullName;
}
