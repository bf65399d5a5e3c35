using InvestAid.Dossiers;
using InvestAid.Procedures;
using Microsoft.Extensions.DependencyInjection;

namespace InvestAid.EntityFrameworkCore.Dossiers;

public static class DossiersServiceCollectionExtensions
{
    public static IServiceCollection AddInvestAidDossierPersistence(this IServiceCollection services)
    {
        services.AddScoped<IDossierRepository, DossierRepository>();
        services.AddScoped<ICertificateNumberStore, CertificateNumberStore>();
        services.AddScoped<IProcedureTransaction, ProcedureTransaction>();
        services.AddScoped<InvestAid.Procedures.Archive.IDecisionArchiveQueries, DecisionArchiveQueries>();
        return services;
    }
}
