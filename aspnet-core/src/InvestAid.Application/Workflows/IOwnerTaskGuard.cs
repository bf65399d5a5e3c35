namespace InvestAid.Workflows;

/// <summary>
/// Project owners act on a procedure only for their own projects. A task offered to the <c>owner</c> group names
/// every owner as a candidate; this guard narrows it to the owner of the project the instance is about.
/// </summary>
public interface IOwnerTaskGuard
{
    /// <summary>Is the current user the owner of the project behind <paramref name="businessKey"/>?</summary>
    Task<bool> IsOwnerOfAsync(string? businessKey, CancellationToken cancellationToken = default);
}
