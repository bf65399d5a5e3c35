using FluentValidation;
using InvestAid.Audit;
using InvestAid.Common;
using InvestAid.Procedures;
using InvestAid.Validation;
using InvestAid.Workflows.Persistence;
using InvestAid.Workflows.Runtime;
using InvestAid.Workflows.Runtime.Effects;
using InvestAid.Workflows.Runtime.State;
using Microsoft.Extensions.DependencyInjection;

namespace InvestAid.Workflows.Operations;

/// <summary>
/// Cancel, suspend, resume or migrate many instances at once. A dry run tells per instance what would happen or why it cannot; the
/// real run acts on each instance in a transaction of its own (the instance and its audit entry commit together or not at all), so
/// one refusal does not undo the others, and answers per instance. Instances listed with the version seen in the preview must still
/// be at that version, else 409 and nothing is done.
/// </summary>
public sealed class BulkInstanceActions(
    ICockpitQueries queries, IWorkflowStore store, IWorkflowDefinitionStore definitions, StepNames steps,
    IServiceScopeFactory scopes)
{
    /// <summary>The most instances one bulk action takes.</summary>
    public const int MaxInstances = 500;

    public static readonly IReadOnlyList<string> Actions = ["cancel", "suspend", "resume", "migrate"];

    public async Task<BulkInstanceResultDto> RunAsync(BulkInstanceActionRequest request, CancellationToken cancellationToken)
    {
        await new BulkInstanceActionRequestValidator().ValidateAndThrowAsync(request, cancellationToken);
        var action = request.Action.Trim().ToLowerInvariant();
        var (rows, missing, truncated) = await SelectAsync(request, cancellationToken);
        if (!request.DryRun && request.Instances is { } listed)
        {
            var expected = listed.Where(r => r.Version is not null).GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.First().Version!.Value);
            var changed = rows.Where(r => expected.TryGetValue(r.Id, out var v) && v != r.RowVersion).ToList();
            if (changed.Count > 0)
            {
                throw new DomainException("cockpit.stale", ValidationText.Format("cockpit.stale", changed.Count,
                    string.Join("; ", changed.Take(5).Select(Label))));
            }
        }

        var versions = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
        var items = new List<BulkInstanceItemDto>();
        foreach (var id in missing)
        {
            items.Add(new BulkInstanceItemDto(id, 0, "—", 0, null, null, "", "refused", ValidationText.Get("cockpit.no.notFound")));
        }
        foreach (var row in rows)
        {
            var refusal = await RefusalAsync(action, request.TargetVersion, row, versions, cancellationToken);
            if (refusal is not null)
            {
                items.Add(Item(row, "refused", refusal));
            }
            else if (request.DryRun)
            {
                items.Add(Item(row, "wouldApply", ValidationText.Format($"cockpit.will.{action}", row.Version, request.TargetVersion)));
            }
            else
            {
                items.Add(await ApplyAsync(action, request.TargetVersion, row, cancellationToken));
            }
        }
        var applicable = items.Count(i => i.Outcome is "wouldApply" or "applied");
        return new BulkInstanceResultDto(action, request.DryRun, request.TargetVersion, items, applicable, items.Count - applicable, truncated);
    }

    private async Task<(IReadOnlyList<InstanceRow> Rows, IReadOnlyList<Guid> Missing, bool Truncated)> SelectAsync(
        BulkInstanceActionRequest request, CancellationToken cancellationToken)
    {
        if (request.Instances is { } listed)
        {
            var ids = listed.Select(r => r.Id).Distinct().ToList();
            var found = (await queries.FindAsync(ids, cancellationToken)).ToDictionary(r => r.Id);
            return ([.. ids.Where(found.ContainsKey).Select(id => found[id])], [.. ids.Where(id => !found.ContainsKey(id))], false);
        }
        var (rows, total) = await queries.SearchAsync(CockpitService.Filter(request.Query!), 0, MaxInstances, cancellationToken);
        return (rows, [], total > MaxInstances);
    }

    /// <summary>Why the action does not fit the instance (in the request's language), or null when it does.</summary>
    private async Task<string?> RefusalAsync(
        string action, int? targetVersion, InstanceRow row, Dictionary<string, IReadOnlyList<int>> versions, CancellationToken cancellationToken)
    {
        var status = row.Status;
        if (status is "Completed" or "Terminated")
        {
            return ValidationText.Get("cockpit.no.ended");
        }
        switch (action)
        {
            case "cancel":
                return null;
            case "suspend":
                return status switch
                {
                    "Running" => null,
                    "Suspended" => ValidationText.Get("cockpit.no.alreadySuspended"),
                    _ => ValidationText.Get("cockpit.no.faulted"),
                };
            case "resume":
                return status == "Suspended" ? null : ValidationText.Get("cockpit.no.notSuspended");
            default:
                if (status != "Running")
                {
                    return ValidationText.Get("cockpit.no.notRunning");
                }
                var target = targetVersion!.Value;
                if (row.Version == target)
                {
                    return ValidationText.Format("cockpit.no.sameVersion", target);
                }
                if (!versions.TryGetValue(row.Key, out var published))
                {
                    versions[row.Key] = published = await queries.VersionsAsync(row.Key, cancellationToken);
                }
                if (!published.Contains(target))
                {
                    return ValidationText.Format("cockpit.no.noVersion", target);
                }
                var instance = await store.FindAsync(row.Id, cancellationToken);
                if (instance is null)
                {
                    return ValidationText.Get("cockpit.no.notFound");
                }
                var missing = WorkflowService.MissingInTarget(instance, definitions.Get(row.Key, target));
                return missing.Count == 0
                    ? null
                    : ValidationText.Format("cockpit.no.missingSteps", target, string.Join(", ", missing.Select(e => steps.Of(row.Key, row.Version, e, null) ?? e)));
        }
    }

    /// <summary>One instance in its own scope and transaction: the command, then its audit entry; effects (timers) after the commit.</summary>
    private async Task<BulkInstanceItemDto> ApplyAsync(string action, int? targetVersion, InstanceRow row, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var workflows = services.GetRequiredService<WorkflowService>();
        var audit = services.GetRequiredService<AuditRecorder>();
        try
        {
            var (instance, effects) = await services.GetRequiredService<IProcedureTransaction>().RunAsync(async ct =>
            {
                var before = await services.GetRequiredService<IWorkflowStore>().FindAsync(row.Id, ct) ?? throw new InstanceNotFoundException(row.Id);
                if (before.Version != row.RowVersion)
                {
                    throw new ConcurrencyException(row.Id, row.RowVersion);
                }
                (WorkflowInstance After, IReadOnlyList<WorkflowEffect> Effects) done = action switch
                {
                    "cancel" => Of(await workflows.CancelAsync(row.Id, ct)),
                    "suspend" => Of(await workflows.SuspendAsync(row.Id, ct)),
                    "resume" => Of(await workflows.ResumeAsync(row.Id, ct)),
                    _ => (await workflows.MigrateAsync(row.Id, definitions.Get(row.Key, targetVersion!.Value), ct), []),
                };
                audit.Record("WorkflowInstance", row.Id, $"workflow.{action}",
                    new { status = before.Status.ToString(), definitionVersion = before.DefinitionVersion, version = before.Version },
                    new { status = done.After.Status.ToString(), definitionVersion = done.After.DefinitionVersion, version = done.After.Version, bulk = true },
                    $"{Verb(action, targetVersion)} (thao tác hàng loạt): {steps.ProcedureOf(row.Key, row.Version)} — {Label(row)}");
                return done;
            }, cancellationToken);
            await services.GetRequiredService<IWorkflowEffectHandler>().HandleAsync(effects, cancellationToken);
            return Item(row, "applied", ValidationText.Format($"cockpit.done.{action}", row.Version, targetVersion)) with
            {
                Status = instance.Status.ToString(), Version = instance.Version,
            };
        }
        catch (ConcurrencyException)
        {
            return Item(row, "failed", ValidationText.Get("cockpit.failed.changed"));
        }
        catch (WorkflowException e)
        {
            return Item(row, "failed", e.Message);
        }
    }

    private static (WorkflowInstance, IReadOnlyList<WorkflowEffect>) Of(CommandResult result) => (result.Instance, result.Effects);

    private static string Verb(string action, int? targetVersion) => action switch
    {
        "cancel" => "Huỷ quy trình",
        "suspend" => "Tạm dừng quy trình",
        "resume" => "Tiếp tục quy trình",
        _ => $"Chuyển sang phiên bản {targetVersion}",
    };

    private static string Label(InstanceRow r) => (CockpitService.ProjectName(r), r.BusinessKey) switch
    {
        ({ } project, _) => project,
        (null, { } key) => key,
        _ => r.Id.ToString(),
    };

    private BulkInstanceItemDto Item(InstanceRow r, string outcome, string message) =>
        r.ToBulkItemDto(steps.ProcedureOf(r.Key, r.Version), CockpitService.ProjectName(r), outcome, message);
}

public sealed class BulkInstanceActionRequestValidator : AbstractValidator<BulkInstanceActionRequest>
{
    public BulkInstanceActionRequestValidator()
    {
        RuleFor(r => r.Action).Must(a => a is not null && BulkInstanceActions.Actions.Contains(a.Trim().ToLowerInvariant())).WithMessageKey("cockpit.action");
        RuleFor(r => r.TargetVersion).NotNull().GreaterThanOrEqualTo(1)
            .When(r => string.Equals(r.Action?.Trim(), "migrate", StringComparison.OrdinalIgnoreCase)).WithMessageKey("cockpit.targetVersion");
        RuleFor(r => r.Instances).Must((r, instances) => (instances is null) != (r.Query is null)).WithMessageKey("cockpit.selection");
        RuleFor(r => r.Instances!.Count).InclusiveBetween(1, BulkInstanceActions.MaxInstances).When(r => r.Instances is not null)
            .OverridePropertyName("instances").WithMessageKey("cockpit.tooMany", BulkInstanceActions.MaxInstances);
        RuleFor(r => r.Query!).SetValidator(new InstanceSearchQueryValidator()).When(r => r.Query is not null);
    }
}
