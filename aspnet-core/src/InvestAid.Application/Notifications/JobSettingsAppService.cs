using FluentValidation;
using FluentValidation.Results;
using InvestAid.Common;

namespace InvestAid.Notifications;

/// <summary>Administrators read and change the recurring jobs' schedules and thresholds; a change re-registers the job at once.</summary>
public sealed class JobSettingsAppService(IJobSettingsStore store, IRecurringJobScheduler scheduler, IUnitOfWork unitOfWork, TimeProvider clock)
{
    public async Task<IReadOnlyList<JobSettingDto>> ListAsync(CancellationToken ct = default) =>
        [.. (await store.ListAsync(ct)).Select(NotificationMapper.ToDto)];

    public async Task<IReadOnlyList<JobSettingDto>> UpdateAsync(IReadOnlyList<JobSettingInput> input, CancellationToken ct = default)
    {
        var settings = (await store.ListAsync(ct)).ToDictionary(s => s.Id);
        var failures = new List<ValidationFailure>();
        for (var i = 0; i < input.Count; i++)
        {
            var x = input[i];
            if (x is null)
            {
                // [null] in the JSON list: the client's error, not a crash.
                failures.Add(new($"[{i}]", "Phần tử không được để trống."));
                continue;
            }
            if (!settings.ContainsKey(x.Id)) failures.Add(new($"[{i}].id", $"Không có công việc '{x.Id}'."));
            if (!IsCron(x.Cron)) failures.Add(new($"[{i}].cron", $"Biểu thức cron '{x.Cron}' không hợp lệ (5 trường: phút giờ ngày tháng thứ)."));
            if (x.Threshold is < 0 or > 1) failures.Add(new($"[{i}].threshold", "Ngưỡng là tỷ lệ từ 0 đến 1."));
            if (x.DelayDays is < 0 or > 365) failures.Add(new($"[{i}].delayDays", "Số ngày làm việc từ 0 đến 365."));
            if (x.LeadDays is < 0 or > 365) failures.Add(new($"[{i}].leadDays", "Số ngày từ 0 đến 365."));
            if (x.RetentionDays is < 1 or > MaxRetentionDays) failures.Add(new($"[{i}].retentionDays", $"Số ngày lưu từ 1 đến {MaxRetentionDays}."));
        }
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
        var now = clock.GetUtcNow();
        foreach (var x in input)
        {
            var s = settings[x.Id];
            s.Cron = x.Cron.Trim();
            s.Enabled = x.Enabled;
            s.Threshold = x.Threshold ?? s.Threshold;
            s.DelayDays = x.DelayDays ?? s.DelayDays;
            s.LeadDays = x.LeadDays ?? s.LeadDays;
            s.RetentionDays = x.RetentionDays ?? s.RetentionDays;
            s.UpdatedAt = now;
        }
        await unitOfWork.SaveChangesAsync(ct);
        foreach (var x in input)
        {
            scheduler.Apply(settings[x.Id]);
        }
        return [.. settings.Values.OrderBy(s => s.Id).Select(NotificationMapper.ToDto)];
    }

    /// <summary>Five fields of digits, '*', ',', '-', '/' — Hangfire (Cronos) checks the rest when the job is registered.</summary>
    private static bool IsCron(string? cron) =>
        cron is not null && cron.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: 5 } fields
        && fields.All(f => f.All(c => char.IsAsciiDigit(c) || c is '*' or ',' or '-' or '/'));

    /// <summary>The longest history retention an administrator may set: a hundred years.</summary>
    public const int MaxRetentionDays = 36500;
}
