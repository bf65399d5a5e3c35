using Hangfire.Dashboard;
using InvestAid.Identity;

namespace InvestAid.Hosting;

/// <summary>The Hangfire dashboard is for administrators only.</summary>
public sealed class AdminDashboardAuthorizationFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) =>
        context.GetHttpContext().User.IsInRole(RoleNames.Admin);
}
