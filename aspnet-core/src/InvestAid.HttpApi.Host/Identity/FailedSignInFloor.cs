using System.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace InvestAid.Identity;

/// <summary>
/// Every refused sign-in (wrong password, unknown e-mail, locked account) answers no sooner than <c>Identity:FailedSignInFloorMs</c>
/// (default 400 ms) after the request began, so that what remains of the timing differences between those paths (each already
/// spends one password-hash check) is hidden under one floor (docs/security.md). 0 turns the floor off.
/// </summary>
public sealed class FailedSignInFloor(IConfiguration configuration)
{
    public const string SettingKey = "Identity:FailedSignInFloorMs";
    public const int DefaultMs = 400;

    public TimeSpan Floor => TimeSpan.FromMilliseconds(Math.Max(0, configuration.GetValue(SettingKey, DefaultMs)));

    /// <summary>Waits out the rest of the floor, counted from the request's start (the handler's start when the host has no request activity), then answers.</summary>
    public async Task<IResult> RefuseAsync(IResult answer, HttpContext http, long handlerStarted)
    {
        var floor = Floor;
        if (floor > TimeSpan.Zero)
        {
            // The time the request spent before the handler (reading, routing, authentication), from the request's activity.
            var sinceHandler = Stopwatch.GetElapsedTime(handlerStarted);
            var beforeHandler = http.Features.Get<IHttpActivityFeature>()?.Activity is { } activity && activity.StartTimeUtc != default
                ? DateTime.UtcNow - activity.StartTimeUtc - sinceHandler
                : TimeSpan.Zero;
            var target = floor - (beforeHandler > TimeSpan.Zero ? beforeHandler : TimeSpan.Zero);
            // A timer may fire a little early: wait again until the monotonic clock has passed the floor.
            TimeSpan remaining;
            while ((remaining = target - Stopwatch.GetElapsedTime(handlerStarted)) > TimeSpan.Zero)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(remaining.TotalMilliseconds)), http.RequestAborted);
            }
        }
        return answer;
    }
}
