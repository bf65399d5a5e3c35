using System.Reflection;

namespace InvestAid.Hosting;

public static class EndpointGroupRegistration
{
    private static readonly Type[] GroupTypes = typeof(EndpointGroupRegistration).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IEndpointGroup).IsAssignableFrom(t))
        .ToArray();

    public static IServiceCollection AddEndpointGroups(this IServiceCollection services)
    {
        foreach (var type in GroupTypes)
        {
            services.AddSingleton(typeof(IEndpointGroup), type);
        }
        return services;
    }

    public static WebApplication MapEndpointGroups(this WebApplication app)
    {
        foreach (var group in app.Services.GetServices<IEndpointGroup>())
        {
            group.Map(app);
        }
        return app;
    }
}
