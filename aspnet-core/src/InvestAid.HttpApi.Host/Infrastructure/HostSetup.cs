using System.Text.Json.Serialization;
using Hangfire;
using Hangfire.PostgreSql;
using InvestAid.EntityFrameworkCore;
using InvestAid.Identity;
using InvestAid.Notifications;
using InvestAid.Workflows;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Scalar.AspNetCore;
using Serilog;
using Serilog.Formatting.Compact;

namespace InvestAid.Hosting;

/// <summary>Wires the host: logging, persistence, identity, jobs, API documents, error handling, the SPA.</summary>
public static class HostSetup
{
    public static WebApplicationBuilder AddInvestAidHost(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var connectionString = config.GetConnectionString("Default") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException("ConnectionStrings:Default is not set (environment variable ConnectionStrings__Default).");

        builder.Services.AddSerilog((services, lc) =>
        {
            lc.ReadFrom.Configuration(config).ReadFrom.Services(services).Enrich.FromLogContext();
            if (builder.Environment.IsProduction())
            {
                lc.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
            else
            {
                lc.WriteTo.Console(outputTemplate:
                    "[{Timestamp:HH:mm:ss} {Level:u3}] {CorrelationId} {Message:lj}{NewLine}{Exception}");
            }
        });

        builder.Services.AddInvestAidEntityFrameworkCore(connectionString);
        builder.Services.AddInvestAidApplication();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<InvestAid.Common.ICurrentUser, HttpCurrentUser>();
        builder.Services.AddInvestAidWorkflowsHost(connectionString);
        builder.Services.AddInvestAidNotificationsHost(config);
        InvestAid.Dossiers.DossierHostServiceCollectionExtensions.AddInvestAidDossiersHost(builder.Services, config, builder.Environment);
        InvestAid.Reports.ReportsHostServiceCollectionExtensions.AddInvestAidReportsHost(builder.Services);
        InvestAid.Validation.ValidationHostServiceCollectionExtensions.AddInvestAidValidationHost(builder.Services, builder.Configuration);

        builder.Services.AddDataProtection().SetApplicationName("InvestAid").PersistKeysToDbContext<InvestAidDbContext>();
        builder.Services
            .AddIdentityApiEndpoints<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Lockout.MaxFailedAccessAttempts = AccountConsts.MaxFailedAccessAttempts;
                o.Lockout.DefaultLockoutTimeSpan = AccountConsts.LockoutDuration;
                o.Lockout.AllowedForNewUsers = true;
                o.Password.RequiredLength = 10;
            })
            .AddRoles<AppRole>()
            .AddEntityFrameworkStores<InvestAidDbContext>();
        builder.Services.AddSingleton<UnknownAccountLockout>();
        builder.Services.AddSingleton<FailedSignInFloor>();
        // Sessions (docs/security.md): short access tokens, single-use refresh tokens, revocation by security stamp on every request.
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<SessionValidator>();
        builder.Services.AddSingleton<RefreshTokenRedemption>();
        builder.Services.Configure<Microsoft.AspNetCore.Authentication.BearerToken.BearerTokenOptions>(IdentityConstants.BearerScheme, o =>
        {
            o.BearerTokenExpiration = AccountConsts.AccessTokenLifetime;
            o.RefreshTokenExpiration = AccountConsts.RefreshTokenLifetime;
        });
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = SessionRevocationMiddleware.AuthCookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            // An API answers 401/403; it never redirects to a login page.
            o.Events.OnRedirectToLogin = ctx => { ctx.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
            o.Events.OnRedirectToAccessDenied = ctx => { ctx.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
        });
        builder.Services.AddAuthorizationBuilder().AddInvestAidPolicies();
        builder.Services.AddAntiforgery(o =>
        {
            o.HeaderName = AntiforgeryCookieMiddleware.HeaderName;
            o.Cookie.Name = "investaid.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });

        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            // Enums by name only: an integer would pick whatever member has that number (400 naming the field instead).
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        builder.Services.AddInvestAidProblemDetails();
        // Unreadable query or route values reach the exception handler, which names the parameter.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = 30 * 1024 * 1024);
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = 30 * 1024 * 1024);

        builder.Services.AddOpenApi(o =>
        {
            // Request schemas carry the limits of their validators (maxLength, minimum …), which the web app's forms use.
            o.AddSchemaTransformer<InvestAid.OpenApi.ValidatorLimitsSchemaTransformer>();
            // Answers' properties are all written, so all required: the generated client then types them as they arrive.
            o.AddDocumentTransformer<InvestAid.OpenApi.ResponsePropertiesRequiredTransformer>();
            o.AddDocumentTransformer((doc, _, _) =>
            {
                doc.Info.Title = "InvestAid API";
                doc.Info.Description = "Đăng ký dự án đầu tư và viện trợ, thủ tục phê duyệt, báo cáo — investment and aid registry of a Vietnamese province.";
                return Task.CompletedTask;
            });
            // Query parameters bound from records ([AsParameters]) are named in camelCase, as the API documents them.
            o.AddOperationTransformer((operation, _, _) =>
            {
                foreach (var parameter in operation.Parameters ?? [])
                {
                    if (parameter is Microsoft.OpenApi.OpenApiParameter p && p.In == Microsoft.OpenApi.ParameterLocation.Query && p.Name is { Length: > 0 } name)
                    {
                        p.Name = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);
                    }
                }
                return Task.CompletedTask;
            });
        });

        var hangfire = config.GetSection("Hangfire");
        builder.Services.AddHangfire(h => h
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString), new PostgreSqlStorageOptions
            {
                SchemaName = "hangfire",
                PrepareSchemaIfNecessary = true,
                QueuePollInterval = TimeSpan.FromSeconds(5),
            }));
        if (hangfire.GetValue("ServerEnabled", true))
        {
            builder.Services.AddHangfireServer(o =>
            {
                o.WorkerCount = hangfire.GetValue("WorkerCount", Math.Max(2, Environment.ProcessorCount));
                o.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            });
        }

        builder.Services.AddHealthChecks()
            .AddDbContextCheck<InvestAidDbContext>("postgresql", tags: ["ready"])
            .AddCheck<HangfireStorageHealthCheck>("hangfire", tags: ["ready"]);

        builder.Services.AddEndpointGroups();
        return builder;
    }

    public static WebApplication UseInvestAidHost(this WebApplication app)
    {
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseMiddleware<RequestLanguageMiddleware>();
        app.UseSerilogRequestLogging(o =>
        {
            o.EnrichDiagnosticContext = (diag, http) => diag.Set("UserName", http.User.Identity?.Name ?? "-");
            // Workers long-poll fetchAndLock for up to a minute at a time, all day: a successful poll is not news.
            o.GetLevel = (http, _, error) => error is not null || http.Response.StatusCode >= 500 ? Serilog.Events.LogEventLevel.Error
                : http.Response.StatusCode < 400 && http.Request.Path.StartsWithSegments("/engine-rest/external-task/fetchAndLock")
                    ? Serilog.Events.LogEventLevel.Debug : Serilog.Events.LogEventLevel.Information;
        });
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeadersMiddleware>();

        app.UseSpaStaticFiles();
        app.UseAuthentication();
        app.UseMiddleware<SessionRevocationMiddleware>();
        app.UseAuthorization();
        app.UseMiddleware<EnumQueryMiddleware>();
        app.UseMiddleware<AntiforgeryCookieMiddleware>();

        app.MapHealthChecks("/health/live", new() { Predicate = _ => false, ResponseWriter = HealthResponseWriter.WriteAsync });
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = HealthResponseWriter.WriteAsync });
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/scalar", o => o.WithTitle("InvestAid API"));
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdminDashboardAuthorizationFilter()],
            DashboardTitle = "InvestAid — công việc nền",
            AppPath = "/",
        });

        app.MapEndpointGroups();
        app.MapSpaFallback();
        return app;
    }
}
