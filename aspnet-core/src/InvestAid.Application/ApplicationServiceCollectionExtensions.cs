using FluentValidation;
using InvestAid.Identity;
using InvestAid.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace InvestAid;

public static class ApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddInvestAidApplication(this IServiceCollection services)
    {
        ValidatorOptions.Global.PropertyNameResolver = CamelCasePropertyNameResolver.ResolvePropertyName;
        ValidatorOptions.Global.DisplayNameResolver = CamelCasePropertyNameResolver.ResolvePropertyName;
        services.AddValidatorsFromAssemblyContaining<LoginRequestValidator>(includeInternalTypes: true);
        services.AddScoped<IdentitySeeder>();
        return services;
    }
}
