namespace InvestAid.Common;

/// <summary>Who is acting, as the use cases need to know it.</summary>
public interface ICurrentUser
{
    Guid? Id { get; }
    string? Name { get; }
    bool IsInRole(string role);
}
