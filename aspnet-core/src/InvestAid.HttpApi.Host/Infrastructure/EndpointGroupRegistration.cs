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

    /// <summary>
    /// Maps every group under one root that names each endpoint after its handler method (its OpenAPI operation id and the
    /// generated client's function), so no endpoint repeats its handler's name by hand.
    /// </summary>
    public static WebApplication MapEndpointGroups(this WebApplication app)
    {
        var root = app.MapGroup("");
        ((IEndpointConventionBuilder)root).Add(NameAfterHandler);
        foreach (var group in app.Services.GetServices<IEndpointGroup>())
        {
            group.Map(root);
        }
        return app;
    }

    private static void NameAfterHandler(EndpointBuilder endpoint)
    {
        if (endpoint.Metadata.OfType<IEndpointNameMetadata>().Any() || endpoint.Metadata.OfType<MethodInfo>().FirstOrDefault() is not { } handler)
        {
            return;
        }
        endpoint.Metadata.Add(new EndpointNameMetadata(handler.Name));
        endpoint.Metadata.Add(new RouteNameMetadata(handler.Name));
    }
}
