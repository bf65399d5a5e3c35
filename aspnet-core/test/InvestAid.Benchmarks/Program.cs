using BenchmarkDotNet.Running;
using InvestAid.Benchmarks;

if (args is ["workflow-throughput", .. var rest])
{
    await WorkflowThroughput.RunAsync(rest);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
