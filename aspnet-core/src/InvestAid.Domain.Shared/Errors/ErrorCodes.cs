namespace InvestAid.Errors;

/// <summary>
/// Stable error codes sent as the <c>code</c> member of every ProblemDetails response.
/// Clients key their messages on these, so they never change once published.
/// </summary>
public static class ErrorCodes
{
    public const string ValidationFailed = "validation.failed";
    public const string MalformedRequest = "request.malformed";
    public const string NotFound = "resource.not-found";
    public const string RouteNotFound = "route.not-found";
    public const string MethodNotAllowed = "route.method-not-allowed";
    public const string Unauthenticated = "auth.unauthenticated";
    public const string Forbidden = "auth.forbidden";
    public const string AntiforgeryInvalid = "auth.antiforgery-invalid";
    public const string Conflict = "concurrency.conflict";
    public const string PreconditionFailed = "concurrency.precondition-failed";
    public const string PayloadTooLarge = "request.too-large";
    public const string UnsupportedMediaType = "request.unsupported-media-type";
    public const string Internal = "server.error";

    /// <summary>An incident was already retried or resolved (by someone else, or a moment ago).</summary>
    public const string IncidentClosed = "incident.closed";

    /// <summary>An external task's incident is resolved by a retry (as in Camunda), not closed by hand.</summary>
    public const string IncidentNotResolvable = "incident.not-resolvable";
    /// <summary>The server's disk is full (507): nothing of the request was kept; retry later.</summary>
    public const string StorageFull = "storage.full";
    /// <summary>The database cannot be reached for the moment (503, with Retry-After): nothing was written; retry.</summary>
    public const string Unavailable = "server.unavailable";

    public const string InvalidCredentials = "account.invalid-credentials";
    public const string LockedOut = "account.locked-out";

    public const string PreconditionRequired = "concurrency.precondition-required";

    public const string ProjectInvalidTransition = "project.invalid-transition";
    public const string ProjectKindMismatch = "project.kind-mismatch";
    public const string CapitalLedgerInvalid = "project.capital-ledger-invalid";
    public const string ImportInvalid = "import.invalid";
    public const string ReferenceInUse = "reference.in-use";
    /// <summary>The proposal was already decided (accepted, rejected) and cannot be decided again.</summary>
    public const string ProposalDecided = "proposal.decided";
    /// <summary>The one who proposed a change cannot also accept it.</summary>
    public const string ProposalSamePerson = "proposal.same-person";
    /// <summary>The entry is dated in a frozen (published or declared) period and carries no leader's exception.</summary>
    public const string PeriodFrozen = "period.frozen";
    /// <summary>A report for this enterprise and period was already filed; correct it through a new revision.</summary>
    public const string ReportDuplicate = "enterprise-report.duplicate";
    /// <summary>The report is not in a state that allows this step (e.g. accepting an accepted report).</summary>
    public const string ReportState = "enterprise-report.state";

    /// <summary>Code for a plain HTTP status with no more specific cause.</summary>
    public static string ForStatus(int status) => status switch
    {
        400 => MalformedRequest,
        401 => Unauthenticated,
        403 => Forbidden,
        404 => NotFound,
        405 => MethodNotAllowed,
        409 => Conflict,
        412 => PreconditionFailed,
        413 => PayloadTooLarge,
        428 => PreconditionRequired,
        _ when status >= 500 => Internal,
        _ => $"http.{status}",
    };
}
