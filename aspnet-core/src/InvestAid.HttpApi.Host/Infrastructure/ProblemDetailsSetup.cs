using InvestAid.Errors;

namespace InvestAid.Hosting;

public static class ProblemDetailsSetup
{
    /// <summary>RFC 9457 ProblemDetails for every error, each with a stable <c>code</c> and the correlation id.</summary>
    public static IServiceCollection AddInvestAidProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            var problem = ctx.ProblemDetails;
            var status = problem.Status ?? ctx.HttpContext.Response.StatusCode;
            problem.Extensions.TryAdd("code", status == 404 && ctx.HttpContext.GetEndpoint() is null
                ? ErrorCodes.RouteNotFound
                : ErrorCodes.ForStatus(status));
            problem.Extensions["traceId"] = ctx.HttpContext.TraceIdentifier;
            problem.Title ??= status switch
            {
                401 => "Chưa đăng nhập",
                403 => "Không có quyền",
                404 => "Không tìm thấy",
                _ => problem.Title,
            };
            ProblemLanguage.Apply(problem);
        });
        services.AddExceptionHandler<ExceptionToProblemDetailsHandler>();
        return services;
    }
}
