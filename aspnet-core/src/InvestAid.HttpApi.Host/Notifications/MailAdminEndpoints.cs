using InvestAid.Common;
using InvestAid.Hosting;
using InvestAid.Identity;
using Microsoft.AspNetCore.Mvc;

namespace InvestAid.Notifications;

/// <summary>Administrators see the mail outbox — failed mails stay visible — and send a failed mail again.</summary>
public sealed class MailAdminEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/admin/mail").WithTags("Administration").RequireAuthorization(Permissions.Administration.Jobs);
        g.MapGet("", ListOutboxMail).Produces<PagedResult<OutboxMailDto>>();
        g.MapPost("/{id:guid}/retry", RetryOutboxMail).ProducesProblem(404).ProducesProblem(409);
    }

    public static async Task<IResult> ListOutboxMail([FromQuery] MailStatus? status, [FromQuery] int? page, [FromQuery] int? pageSize,
        OutboxMailAppService service, CancellationToken ct) =>
        Results.Ok(await service.ListAsync(status, page, pageSize, ct));

    public static async Task<IResult> RetryOutboxMail(Guid id, OutboxMailAppService service, CancellationToken ct)
    {
        await service.RequeueAsync(id, ct);
        return Results.NoContent();
    }
}
