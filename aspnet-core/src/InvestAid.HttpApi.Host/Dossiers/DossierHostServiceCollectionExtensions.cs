using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InvestAid.Dossiers;

public static class DossierHostServiceCollectionExtensions
{
    /// <summary>Document storage under <c>Storage:Root</c> (default <c>&lt;content root&gt;/../../.data/files</c>) and the virus-scan hook.</summary>
    public static IServiceCollection AddInvestAidDossiersHost(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var root = configuration["Storage:Root"] is { Length: > 0 } configured
            ? configured
            : Path.Combine(environment.ContentRootPath, "..", "..", ".data", "files");
        services.AddSingleton(new DocumentStorage(root));
        services.TryAddSingleton<IDocumentScanner, AcceptingDocumentScanner>();
        return services;
    }
}
