using System.Text.Json.Serialization;

namespace InvestAid.Workflows.Runtime.Effects;

/// <summary>
/// Something the caller must do after saving a command's result: notify people, schedule or
/// drop a timer job, resume a parent. The engine itself never talks to Hangfire or mail.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$effect")]
[JsonDerivedType(typeof(TaskCreated), "taskCreated")]
[JsonDerivedType(typeof(TaskClosed), "taskClosed")]
[JsonDerivedType(typeof(TimerScheduled), "timerScheduled")]
[JsonDerivedType(typeof(TimerCancelled), "timerCancelled")]
[JsonDerivedType(typeof(JobScheduled), "jobScheduled")]
[JsonDerivedType(typeof(JobRetried), "jobRetried")]
[JsonDerivedType(typeof(ChildInstanceStarted), "childStarted")]
[JsonDerivedType(typeof(ChildInstanceCancelRequested), "childCancelRequested")]
[JsonDerivedType(typeof(ParentResumeRequested), "parentResumeRequested")]
[JsonDerivedType(typeof(ServiceTaskInvoked), "serviceTaskInvoked")]
[JsonDerivedType(typeof(SignalThrown), "signalThrown")]
public abstract record WorkflowEffect(Guid InstanceId);
