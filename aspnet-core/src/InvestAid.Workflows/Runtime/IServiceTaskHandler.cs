namespace InvestAid.Workflows.Runtime;

/// <summary>Application code a service task calls, registered under <see cref="Name"/> (e.g. <c>project.setStatus</c>).</summary>
public interface IServiceTaskHandler
{
    string Name { get; }

    Task ExecuteAsync(ServiceTaskContext context);
}
