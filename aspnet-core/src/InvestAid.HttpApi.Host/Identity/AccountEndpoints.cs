using System.Security.Claims;
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
        group.MapPost("/login", Login).WithName(nameof(Login)).AllowAnonymous().Validate<LoginRequest>()
            .Produces<CurrentUserDto>().ProducesProblem(401).ProducesProblem(423);
        group.MapGet("/me", GetMe).WithName(nameof(GetMe)).RequireAuthorization(Permissions.Account.Default)
            .ProducesProblem(401);
        group.MapGet("/session", GetSession).WithName(nameof(GetSession)).AllowAnonymous()
            .Produces<CurrentUserDto>().Produces(204);
        group.MapPost("/logout", Logout).WithName(nameof(Logout)).RequireAuthorization(Permissions.Account.Default);
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
        HttpContext http)
    {
        var cookies = useCookies == true;
        signIn.AuthenticationScheme = cookies ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        var user = await signIn.UserManager.FindByEmailAsync(request.Email);
        if (user is null)
        {
            // Answer exactly as for an account: the same 401s, the same 423 at the fifth failure.
            return await unknownAccounts.FailAsync(request.Email, request.Password, http.RequestAborted) ? LockedOut() : InvalidCredentials();
        }
        var result = await signIn.PasswordSignInAsync(user, request.Password, isPersistent: cookies, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return LockedOut();
        }
        if (!result.Succeeded)
        {
            return InvalidCredentials();
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

    /// <summary>
    /// The browser's session, asked by the web app on load: the user when the sign-in cookie is valid, else 204. Unlike
    /// <c>/me</c> it is no error to have no session, so a signed-out page load logs no failed request.
    /// </summary>
    public static async Task<IResult> GetSession(UserManager<AppUser> users, IAntiforgery antiforgery, HttpContext http)
    {
        var result = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!result.Succeeded || await users.GetUserAsync(result.Principal) is not { } user)
        {
            return Results.NoContent();
        }
        http.User = result.Principal;
        AntiforgeryCookieMiddleware.IssueToken(http, antiforgery);
        return Results.Ok(await ToDto(user, users));
    }

    public static async Task<NoContent> Logout(SignInManager<AppUser> signIn, HttpContext http)
    {
        await signIn.SignOutAsync();
        http.Response.Cookies.Delete(AntiforgeryCookieMiddleware.CookieName);
        return TypedResults.NoContent();
    }

    private static async Task<CurrentUserDto> ToDto(AppUser user, UserManager<AppUser> users)
    {
        var roles = await users.GetRolesAsync(user);
        return new CurrentUserDto(user.Id, user.Email ?? "", user.DisplayName, [.. roles.Order()]);
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
