using FluentValidation;
using FluentValidation.Results;
using InvestAid.Audit;
using InvestAid.Common;
using InvestAid.Validation;

namespace InvestAid.Proposals;

/// <summary>
/// The proposal settings of each kind of change, kept in the database and edited by an administrator; the one place the
/// proposal policy, the automatic acceptance and the officers' digest read them from. The settings are one record to their
/// editor: they are read and replaced together, and their version is that of the rows last saved together.
/// </summary>
public sealed class ProposalSettingsAppService(
    IProposalSettingsRepository settings,
    IUnitOfWork unitOfWork,
    AuditRecorder audit,
    ICurrentUser user,
    Identity.IUserDirectory people,
    TimeProvider clock)
{
    public const string EntityType = "proposal-settings";

    private static readonly Dictionary<string, (string Vi, string En)> Labels = new(StringComparer.Ordinal)
    {
        [ProposalKinds.ProjectData] = ("Thông tin dự án", "Project data"),
        [ProposalKinds.Disbursement] = ("Dòng giải ngân", "Disbursement rows"),
        [ProposalKinds.ImplementedCapital] = ("Vốn thực hiện theo quý", "Quarterly implemented capital"),
    };

    /// <summary>The settings as they apply now, one per kind (a kind without a stored row: no second person, never automatic, in the digest).</summary>
    public async Task<IReadOnlyDictionary<string, ProposalSetting>> CurrentAsync(CancellationToken ct = default)
    {
        var stored = (await settings.ReadAsync(ct)).ToDictionary(s => s.Kind, StringComparer.Ordinal);
        return ProposalKinds.All.ToDictionary(k => k, k => stored.GetValueOrDefault(k) ?? Default(k), StringComparer.Ordinal);
    }

    public async Task<ProposalSettingsDto> GetAsync(CancellationToken ct = default)
    {
        return await ToDtoAsync(await settings.ReadAsync(ct), ct);
    }

    /// <summary>Replaces the settings of every kind; <paramref name="ifMatch"/> is the version read (412 when someone saved meanwhile).</summary>
    public async Task<ProposalSettingsDto> UpdateAsync(UpdateProposalSettingsRequest request, string? ifMatch, CancellationToken ct = default)
    {
        var version = RecordVersion.Parse(ifMatch);
        Validate(request);
        var rows = (await settings.ListAsync(ct)).ToList();
        if (rows.Count > 0 && VersionOf(rows) != version)
        {
            throw new PreconditionFailedException(missing: false);
        }
        foreach (var row in rows)
        {
            settings.ExpectUnchanged(row);
        }
        var before = rows.Select(Snapshot).ToList();
        var now = clock.GetUtcNow();
        foreach (var input in request.Kinds)
        {
            var row = rows.FirstOrDefault(r => r.Kind == input.Kind);
            if (row is null)
            {
                row = Default(input.Kind);
                settings.Add(row);
                rows.Add(row);
            }
            row.Change(input.SecondPerson, input.AutoAcceptAfterWorkingDays, input.InDigest, user.Id, user.Name, now);
        }
        audit.Record(EntityType, Guid.Empty, AuditAction.Updated, before, rows.Select(Snapshot).ToList(),
            "Cập nhật thiết lập xác nhận đề xuất: " + string.Join("; ", rows.OrderBy(r => ProposalKinds.All.ToList().IndexOf(r.Kind)).Select(Describe)));
        // A concurrent save changed the rows' versions: the unit of work answers 412, as for a stale If-Match.
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(await settings.ListAsync(ct), ct);
    }

    private static void Validate(UpdateProposalSettingsRequest? request)
    {
        var failures = new List<ValidationFailure>();
        var kinds = request?.Kinds ?? [];
        for (var i = 0; i < kinds.Count; i++)
        {
            var k = kinds[i];
            if (k is null || !ProposalKinds.All.Contains(k.Kind))
            {
                failures.Add(new ValidationFailure($"kinds[{i}].kind", ValidationText.Format("proposalSettings.kind", k?.Kind)));
                continue;
            }
            if (k.AutoAcceptAfterWorkingDays is < 1 or > ProposalSetting.MaxAutoAcceptWorkingDays)
            {
                failures.Add(new ValidationFailure($"kinds[{i}].autoAcceptAfterWorkingDays",
                    ValidationText.Format("proposalSettings.days", 1, ProposalSetting.MaxAutoAcceptWorkingDays)));
            }
        }
        var named = kinds.Where(k => k is not null).Select(k => k.Kind).ToList();
        if (failures.Count == 0 && (named.Count != ProposalKinds.All.Count || named.Distinct(StringComparer.Ordinal).Count() != named.Count))
        {
            failures.Add(new ValidationFailure("kinds", ValidationText.Format("proposalSettings.kinds", string.Join(", ", ProposalKinds.All))));
        }
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
    }

    /// <summary>The rows saved together share their row version; a row saved alone (a kind added later) raises the highest.</summary>
    private static uint VersionOf(IEnumerable<ProposalSetting> rows) => rows.Select(r => r.ConcurrencyToken).DefaultIfEmpty(0u).Max();

    private static ProposalSetting Default(string kind) =>
        new(UUIDNext.Uuid.NewSequential(), kind, secondPerson: false, autoAcceptAfterWorkingDays: null, inDigest: true);

    private static object Snapshot(ProposalSetting s) => new { s.Kind, s.SecondPerson, s.AutoAcceptAfterWorkingDays, s.InDigest };

    private static string Describe(ProposalSetting s) =>
        $"{Labels.GetValueOrDefault(s.Kind).Vi ?? s.Kind}: {(s.SecondPerson ? "cán bộ sửa cần người thứ hai" : "cán bộ sửa áp dụng ngay")}, "
        + $"{(s.AutoAcceptAfterWorkingDays is { } d ? $"tự động xác nhận sau {d} ngày làm việc" : "không tự động xác nhận")}, "
        + $"{(s.InDigest ? "có trong bản tổng hợp hằng ngày" : "không gửi tổng hợp")}";

    private async Task<ProposalSettingsDto> ToDtoAsync(IReadOnlyList<ProposalSetting> rows, CancellationToken ct)
    {
        var stored = rows.ToDictionary(r => r.Kind, StringComparer.Ordinal);
        var ids = rows.Where(r => r.UpdatedById is not null).Select(r => r.UpdatedById!.Value).ToHashSet();
        IReadOnlyDictionary<Guid, string> names = ids.Count == 0 ? new Dictionary<Guid, string>() : await people.DisplayNamesAsync(ids, ct);
        var kinds = ProposalKinds.All.Select(k =>
        {
            var s = stored.GetValueOrDefault(k) ?? Default(k);
            var (vi, en) = Labels.GetValueOrDefault(k, (k, k));
            var by = s.UpdatedById is { } id && names.TryGetValue(id, out var n) ? n : s.UpdatedBy;
            return s.ToDto(vi, en, by);
        }).ToList();
        return new ProposalSettingsDto(kinds, RecordVersion.Format(VersionOf(rows)));
    }
}
