namespace InvestAid.Notifications;

/// <summary>Registers a job's schedule with the job runner (Hangfire), or removes it when disabled.</summary>
public interface IRecurringJobScheduler
{
    void Apply(JobSetting setting);
}
