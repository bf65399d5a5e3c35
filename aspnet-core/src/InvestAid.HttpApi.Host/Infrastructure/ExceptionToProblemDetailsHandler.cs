using System.Text.Json;
using FluentValidation;
using InvestAid.Common;
using InvestAid.Errors;
using InvestAid.Projects;
using InvestAid.Workflows;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.Hosting;

/// <summary>Maps the typed exceptions of the domain, the engine and the framework to ProblemDetails, once.</summary>
public sealed class ExceptionToProblemDetailsHandler(
    IProblemDetailsService problemDetails,
    ILogger<ExceptionToProblemDetailsHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, code, title, detail, errors) = Classify(exception);
        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
        }
        if (exception is ImportFailedException import)
        {
            errors = import.Errors.GroupBy(e => $"row{e.Row}").ToDictionary(g => g.Key, g => g.Select(e => $"{e.Column}: {e.Message}").ToArray());
        }
        ProblemDetails problem = errors is null
            ? new ProblemDetails()
            : new HttpValidationProblemDetails(errors);
        problem.Status = status;
        problem.Title = title;
        problem.Detail = detail;
        problem.Extensions["code"] = code;
        if (exception is ImportFailedException failed)
        {
            problem.Extensions["rows"] = failed.Errors;
        }
        WorkflowProblems.AddDetails(problem, exception);
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = "5";
        }
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static (int Status, string Code, string Title, string? Detail, IDictionary<string, string[]>? Errors) Classify(Exception ex) =>
        ex switch
        {
            ValidationException v => (400, ErrorCodes.ValidationFailed, "Dữ liệu không hợp lệ", "Một hoặc nhiều trường không hợp lệ.",
                v.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray())),
            BadHttpRequestException { InnerException: JsonException json } => (400, ErrorCodes.MalformedRequest, "Dữ liệu không hợp lệ",
                "Nội dung JSON không đọc được.", JsonErrors(json)),
            BadHttpRequestException { StatusCode: 413 } => (413, ErrorCodes.PayloadTooLarge, "Yêu cầu quá lớn", ex.Message, null),
            BadHttpRequestException bad => (bad.StatusCode, ErrorCodes.MalformedRequest, "Yêu cầu không hợp lệ", bad.Message, BindingErrors(bad)),
            NotFoundException nf => (404, ErrorCodes.NotFound, "Không tìm thấy", nf.Message, null),
            ForbiddenException f => (403, ErrorCodes.Forbidden, "Không có quyền", f.Message, null),
            PreconditionFailedException { Missing: true } p => (428, ErrorCodes.PreconditionRequired, "Thiếu phiên bản bản ghi", p.Message, null),
            PreconditionFailedException p => (412, ErrorCodes.PreconditionFailed, "Bản ghi đã thay đổi", p.Message, null),
            ImportFailedException i => (400, ErrorCodes.ImportInvalid, "Tệp nhập có lỗi", i.Message, null),
            WorkflowException w => WorkflowProblems.Classify(w),
            InvestAid.Decisions.Dmn.DecisionEvaluationException d => (422, "decision.no-result", "Bảng quyết định không cho kết quả hợp lệ", d.Message, null),
            DomainException d => (409, d.Code, "Không thực hiện được", d.Message, null),
            _ when IsTextPostgreSqlCannotStore(ex) => (400, ErrorCodes.MalformedRequest, "Dữ liệu không hợp lệ",
                "Dữ liệu chứa ký tự không hợp lệ (ví dụ ký tự NUL U+0000).", null),
            _ when IsDiskFull(ex) => (507, ErrorCodes.StorageFull, "Hết chỗ lưu trữ",
                "Máy chủ đã hết chỗ lưu tệp nên yêu cầu chưa được lưu. Hãy thử lại sau hoặc báo quản trị viên.", null),
            _ when IsDatabaseUnavailable(ex) => (503, ErrorCodes.Unavailable, "Tạm thời không phục vụ được",
                "Cơ sở dữ liệu tạm thời không kết nối được; yêu cầu chưa được thực hiện. Hãy thử lại sau ít giây.", null),
            DbUpdateConcurrencyException => (409, ErrorCodes.Conflict, "Dữ liệu đã bị người khác thay đổi",
                "Bản ghi đã được cập nhật bởi người khác. Hãy tải lại và thử lại.", null),
            _ => (500, ErrorCodes.Internal, "Lỗi hệ thống", "Đã xảy ra lỗi không mong muốn. Mã tra cứu có trong traceId.", null),
        };

    /// <summary>
    /// A client's string with a character PostgreSQL cannot store in text (NUL, SQLSTATE 22021 / 22P05), wherever it came in:
    /// query, route, JSON body or file name. The statement failed, so nothing was written.
    /// </summary>
    private static bool IsTextPostgreSqlCannotStore(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.CharacterNotInRepertoire or Npgsql.PostgresErrorCodes.UntranslatableCharacter })
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A write to a full disk: ENOSPC (errno 28) on Linux, ERROR_DISK_FULL / ERROR_HANDLE_DISK_FULL on Windows.</summary>
    private static bool IsDiskFull(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is IOException { HResult: 28 or unchecked((int)0x80070070) or unchecked((int)0x80070027) })
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The database is away (restarting, refusing connections, the pool exhausted) after the execution strategy's retries:
    /// Npgsql calls it transient. Serialization failures and deadlocks (SQLSTATE 40…) are conflicts, not an outage.
    /// </summary>
    private static bool IsDatabaseUnavailable(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is Npgsql.NpgsqlException { IsTransient: true } npgsql && npgsql is not Npgsql.PostgresException { SqlState: ['4', '0', ..] })
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Names the query or route parameter that could not be read (e.g. <c>kind=xyz</c>).</summary>
    private static Dictionary<string, string[]>? BindingErrors(BadHttpRequestException bad)
    {
        var match = System.Text.RegularExpressions.Regex.Match(bad.Message, "parameter \"(?:[^\" ]+ )?([^\" ]+)\" from \"([^\"]*)\"");
        return match.Success
            ? new() { [JsonNamingPolicy.CamelCase.ConvertName(match.Groups[1].Value)] = [$"Giá trị '{match.Groups[2].Value}' không hợp lệ."] }
            : null;
    }

    /// <summary>Names the JSON path that could not be read, so the client can point at the field.</summary>
    private static Dictionary<string, string[]> JsonErrors(JsonException json)
    {
        var path = json.Path is { Length: > 0 } p ? p.TrimStart('$', '.') : "body";
        return new() { [path.Length == 0 ? "body" : path] = ["Giá trị không đúng định dạng."] };
    }
}
