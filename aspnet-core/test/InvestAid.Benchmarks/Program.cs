using BenchmarkDotNet.Running;
using InvestAid.Benchmarks;

if (args is ["workflow-throughput", .. var rest])
{
    await WorkflowThroughput.RunAsync(rest);
    return;
}

if (args is ["registry", .. var registryArgs])
{
    await RegistryBenchmark.RunAsync(registryArgs);
    return;
}

if (args is ["load", .. var loadArgs])
{
    await InvestAid.Benchmarks.Load.LoadDriver.RunAsync(loadArgs);
    return;
}

if (args is ["faults", .. var faultArgs])
{
    Environment.ExitCode = await InvestAid.Benchmarks.Faults.FaultDriver.RunAsync(faultArgs);
    return;
}

if (args is ["identity", .. var identityArgs])
{
    await IdentityResolverBenchmark.RunAsync(identityArgs);
    return;
}

if (args is ["reminder-jobs", .. var reminderArgs])
{
    await ReminderJobsBenchmark.RunAsync(reminderArgs);
    return;
}

if (args is ["decisions", .. var decisionArgs])
{
    await DecisionTableBenchmarks.RunAsync(decisionArgs);
    return;
}

if (args is ["external-tasks", .. var externalArgs])
{
    await ExternalTaskThroughput.RunAsync(externalArgs);
    return;
}

if (args is ["fdi-monthly", .. var fdiArgs])
{
    await FdiMonthlySummary.RunAsync(fdiArgs);
    return;
}

if (args is ["login-timing", .. var loginArgs])
{
    await LoginTimingBenchmark.RunAsync(loginArgs);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(RegistryBenchmark).Assembly).Run(args);
