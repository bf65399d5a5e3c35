using InvestAid.Hosting;
using InvestAid.Identity;

namespace InvestAid.Notifications;

/// <summary>The current user's notifications (the bell) and e-mail preferences.</summary>
public sealed class NotificationEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/notifications").WithTags("Notifications").RequireAuthorization(Permissions.Notifications.Default);
        g.MapGet("", ListNotifications).Produces<NotificationListDto>();
        g.MapPost("/{id:guid}/read", MarkNotificationRead).Produces<NotificationDto>().ProducesProblem(404);
        g.MapPost("/read-all", MarkAllNotificationsRead).Produces(204);
        g.MapGet("/preferences", GetNotificationPreferences).Produces<IReadOnlyList<NotificationPreferenceDto>>();
        g.MapPut("/preferences", SetNotificationPreferences)
            .Produces<IReadOnlyList<NotificationPreferenceDto>>().ProducesValidationProblem();
    }

    public static async Task<IResult> ListNotifications([AsParameters] NotificationQuery query, NotificationAppService service, CancellationToken ct) =>
        Results.Ok(await service.ListAsync(query, ct));

    public static async Task<IResult> MarkNotificationRead(Guid id, NotificationAppService service, CancellationToken ct) =>
        Results.Ok(await service.MarkReadAsync(id, ct));

    public static async Task<IResult> MarkAllNotificationsRead(NotificationAppService service, CancellationToken ct)
    {
        await service.MarkAllReadAsync(ct);
        return Results.NoContent();
    }

    public static async Task<IResult> GetNotificationPreferences(NotificationAppService service, CancellationToken ct) =>
        Results.Ok(await service.PreferencesAsync(ct));

    public static async Task<IResult> SetNotificationPreferences(List<NotificationPreferenceDto> input, NotificationAppService service, CancellationToken ct) =>
        Results.Ok(await service.SetPreferencesAsync(input, ct));
}
