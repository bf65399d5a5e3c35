using InvestAid.Hosting;
using InvestAid.Identity;

namespace InvestAid.Notifications;

/// <summary>Administrators' view and edit of the recurring jobs (also shown on the Hangfire dashboard at /hangfire).</summary>
public sealed class JobAdminEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/admin/jobs").WithTags("Administration").RequireAuthorization(Permissions.Administration.Jobs);
        g.MapGet("", ListJobSettings).Produces<IReadOnlyList<JobSettingDto>>();
        g.MapPut("", UpdateJobSettings).Produces<IReadOnlyList<JobSettingDto>>().ProducesValidationProblem();
    }

    public static async Task<IResult> ListJobSettings(JobSettingsAppService service, CancellationToken ct) =>
        Results.Ok(await service.ListAsync(ct));

    public static async Task<IResult> UpdateJobSettings(List<JobSettingInput> input, JobSettingsAppService service, CancellationToken ct) =>
        Results.Ok(await service.UpdateAsync(input, ct));
}
