using System.Security.Claims;
using FluentValidation;
using InvestAid.Errors;
using InvestAid.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace InvestAid.Identity;

/// <summary>
/// Sign-in for the web app (cookie) and for API clients (bearer token). There is no
/// self-registration: administrators create users.
/// </summary>
public sealed class AccountEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/account").WithTags("Account");
        group.MapPost("/login", Login).AllowAnonymous().ProducesValidationProblem()
            .Produces<CurrentUserDto>().ProducesProblem(401).ProducesProblem(423);
        group.MapGet("/me", GetMe).RequireAuthorization(Permissions.Account.Default)
            .ProducesProblem(401);
        group.MapPut("/language", SetLanguagePreference).RequireAuthorization(Permissions.Account.Default)
            .ProducesValidationProblem().Produces<CurrentUserDto>().ProducesProblem(401);
        group.MapGet("/session", GetSession).AllowAnonymous()
            .Produces<CurrentUserDto>().Produces(204);
        group.MapPost("/logout", Logout).RequireAuthorization(Permissions.Account.Default);
        group.MapPost("/refresh", Refresh).AllowAnonymous()
            .Produces<Microsoft.AspNetCore.Authentication.BearerToken.AccessTokenResponse>().ProducesProblem(401);
    }

    /// <summary>
    /// Signs in. With <c>useCookies=true</c> the browser gets the auth cookie and the user;
    /// otherwise the answer is a bearer token (<c>accessToken</c>, <c>expiresIn</c>, <c>refreshToken</c>).
    /// </summary>
    public static async Task<IResult> Login(
        [FromBody] LoginRequest request,
        [FromQuery] bool? useCookies,
        SignInManager<AppUser> signIn,
        IAntiforgery antiforgery,
        UnknownAccountLockout unknownAccounts,
        SessionValidator sessions,
        FailedSignInFloor floor,
        HttpContext http)
    {
        await new LoginRequestValidator().ValidateAndThrowAsync(request, http.RequestAborted);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var cookies = useCookies == true;
        signIn.AuthenticationScheme = cookies ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        var user = await signIn.UserManager.FindByEmailAsync(request.Email);
        if (user is null)
        {
            // Answer exactly as for an account: the same 401s, the same 423 at the fifth failure.
            return await floor.RefuseAsync(
                await unknownAccounts.FailAsync(request.Email, request.Password, http.RequestAborted) ? LockedOut() : InvalidCredentials(), http, started);
        }
        if (await signIn.UserManager.IsLockedOutAsync(user))
        {
            // Identity answers a locked account before checking the password; spend the time of that check (and of the
            // write a failure costs) as for an unknown e-mail or a wrong password, so the timing does not tell.
            _ = signIn.UserManager.PasswordHasher.VerifyHashedPassword(user, user.PasswordHash ?? "", request.Password);
            await signIn.UserManager.UpdateSecurityStampAsync(user);
            sessions.Forget(user.Id);
            return await floor.RefuseAsync(LockedOut(), http, started);
        }
        var result = await signIn.PasswordSignInAsync(user, request.Password, isPersistent: cookies, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            // The account locked now: every session of it ends at once (docs/security.md).
            await signIn.UserManager.UpdateSecurityStampAsync(user);
            sessions.Forget(user.Id);
            return await floor.RefuseAsync(LockedOut(), http, started);
        }
        if (!result.Succeeded)
        {
            return await floor.RefuseAsync(InvalidCredentials(), http, started);
        }
        if (!cookies)
        {
            // The bearer handler has already written the token response.
            return Results.Empty;
        }
        http.User = await signIn.CreateUserPrincipalAsync(user);
        AntiforgeryCookieMiddleware.IssueToken(http, antiforgery);
        return Results.Ok(await ToDto(user, signIn.UserManager));
    }

    public static async Task<Results<Ok<CurrentUserDto>, UnauthorizedHttpResult>> GetMe(
        ClaimsPrincipal principal,
        UserManager<AppUser> users,
        IAntiforgery antiforgery,
        HttpContext http)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return TypedResults.Unauthorized();
        }
        AntiforgeryCookieMiddleware.IssueToken(http, antiforgery);
        return TypedResults.Ok(await ToDto(user, users));
    }

    /// <summary>The language (vi or en) of the e-mails and notifications the signed-in user gets; Vietnamese until chosen.</summary>
    public static async Task<Results<Ok<CurrentUserDto>, UnauthorizedHttpResult>> SetLanguagePreference(
        LanguagePreferenceRequest request,
        ClaimsPrincipal principal,
        UserManager<AppUser> users,
        CancellationToken cancellationToken)
    {
        await new LanguagePreferenceRequestValidator().ValidateAndThrowAsync(request, cancellationToken);
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return TypedResults.Unauthorized();
        }
        user.Language = request.Language;
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
        return TypedResults.Ok(await ToDto(user, users));
    }

    /// <summary>
    /// The browser's session, asked by the web app on load: the user when the sign-in cookie is valid, else 204. Unlike
    /// <c>/me</c> it is no error to have no session, so a signed-out page load logs no failed request.
    /// </summary>
    public static async Task<IResult> GetSession(UserManager<AppUser> users, SessionValidator sessions, IAntiforgery antiforgery, HttpContext http)
    {
        var result = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!result.Succeeded || !await sessions.IsCurrentAsync(result.Principal, http.RequestAborted)
            || await users.GetUserAsync(result.Principal) is not { } user)
        {
            return Results.NoContent();
        }
        http.User = result.Principal;
        AntiforgeryCookieMiddleware.IssueToken(http, antiforgery);
        return Results.Ok(await ToDto(user, users));
    }

    /// <summary>Signs out: every session of the user (cookies, access and refresh tokens, on every device and node) ends.</summary>
    public static async Task<NoContent> Logout(SignInManager<AppUser> signIn, SessionValidator sessions, HttpContext http)
    {
        if (await signIn.UserManager.GetUserAsync(http.User) is { } user)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user);
            sessions.Forget(user.Id);
        }
        await signIn.SignOutAsync();
        http.Response.Cookies.Delete(AntiforgeryCookieMiddleware.CookieName);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// Exchanges a refresh token for a new access token and a new refresh token. Each refresh token works once: a second use is
    /// refused (401) and ends every session of the user, as a stolen token replayed would. A token of a revoked session
    /// (logout, lockout, password or role change) is refused too.
    /// </summary>
    public static async Task<IResult> Refresh(
        [FromBody] Microsoft.AspNetCore.Identity.Data.RefreshRequest request,
        SignInManager<AppUser> signIn,
        Microsoft.Extensions.Options.IOptionsMonitor<Microsoft.AspNetCore.Authentication.BearerToken.BearerTokenOptions> bearer,
        RefreshTokenRedemption refreshTokens,
        SessionValidator sessions,
        TimeProvider clock,
        HttpContext http)
    {
        if (request?.RefreshToken is not { Length: > 0 } token)
        {
            return InvalidSession();
        }
        var ticket = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(token);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user
            || await signIn.UserManager.IsLockedOutAsync(user))
        {
            return InvalidSession();
        }
        if (!await refreshTokens.RedeemAsync(token, user.Id, expires, http.RequestAborted))
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user);
            sessions.Forget(user.Id);
            return InvalidSession();
        }
        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static IResult InvalidSession() => Results.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: "Phiên đăng nhập đã hết hạn",
        detail: "Phiên đăng nhập đã hết hạn hoặc đã bị thu hồi. Hãy đăng nhập lại.",
        extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.InvalidCredentials });

    private static async Task<CurrentUserDto> ToDto(AppUser user, UserManager<AppUser> users)
    {
        var roles = await users.GetRolesAsync(user);
        return new CurrentUserDto(user.Id, user.Email ?? "", user.DisplayName, [.. roles.Order()], AuthorizationPolicies.GrantedTo(roles),
            UserLanguages.IsKnown(user.Language) ? user.Language : UserLanguages.Vietnamese);
    }

    private static IResult LockedOut() => Results.Problem(
        statusCode: StatusCodes.Status423Locked,
        title: "Tài khoản tạm khoá",
        detail: $"Tài khoản bị tạm khoá sau {AccountConsts.MaxFailedAccessAttempts} lần đăng nhập sai. Hãy thử lại sau {AccountConsts.LockoutDuration.TotalMinutes:0} phút hoặc liên hệ quản trị viên.",
        extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.LockedOut });

    private static IResult InvalidCredentials() => Results.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: "Đăng nhập không thành công",
        detail: "Email hoặc mật khẩu không đúng.",
        extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.InvalidCredentials });
}
