using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using InvestAid.Decisions.Dmn;

namespace InvestAid.Benchmarks;

/// <summary>
/// Decision evaluations per second on a 50-rule table (two inputs: a number range and a string list), hit policies
/// UNIQUE and COLLECT (plain and SUM). Full run: dotnet run -c Release -- --filter *DecisionTable*;
/// quick figures: dotnet run -c Release -- decisions [seconds].
/// </summary>
[MemoryDiagnoser]
public class DecisionTableBenchmarks
{
    private const int Inputs = 1024;
    private readonly Dictionary<string, object?>[] variables = new Dictionary<string, object?>[Inputs];
    private DecisionModel unique = null!;
    private DecisionModel collect = null!;
    private DecisionModel collectSum = null!;
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        unique = DmnParser.Parse(Table("UNIQUE", null));
        collect = DmnParser.Parse(Table("COLLECT", null));
        collectSum = DmnParser.Parse(Table("COLLECT", "SUM"));
        var random = new Random(20261202);
        string[] kinds = ["NgoAid", "Oda", "Fdi", "ConcessionalLoan"];
        for (var i = 0; i < Inputs; i++)
        {
            variables[i] = new Dictionary<string, object?> { ["amount"] = (decimal)random.Next(0, 50_000), ["kind"] = kinds[random.Next(kinds.Length)] };
        }
    }

    [Benchmark]
    public int Unique() => DecisionEvaluator.Evaluate(unique, "d", Next()).Rows.Count;

    [Benchmark]
    public int Collect() => DecisionEvaluator.Evaluate(collect, "d", Next()).Rows.Count;

    [Benchmark]
    public int CollectSum() => DecisionEvaluator.Evaluate(collectSum, "d", Next()).Rows.Count;

    private Dictionary<string, object?> Next() => variables[next++ & (Inputs - 1)];

    /// <summary>
    /// 50 rules. UNIQUE: amount bands [i*1000..(i+1)*1000[, one matches; COLLECT: amount &gt;= i*1000 and a kind
    /// list, about half of them match.
    /// </summary>
    public static string Table(string hitPolicy, string? aggregation)
    {
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"bench\" namespace=\"x\">");
        xml.Append($"<decision id=\"d\" name=\"d\"><decisionTable id=\"t\" hitPolicy=\"{hitPolicy}\"{(aggregation is null ? "" : $" aggregation=\"{aggregation}\"")}>");
        xml.Append("<input id=\"i1\"><inputExpression typeRef=\"number\"><text>amount</text></inputExpression></input>");
        xml.Append("<input id=\"i2\"><inputExpression typeRef=\"string\"><text>kind</text></inputExpression></input>");
        xml.Append("<output id=\"o1\" name=\"score\" typeRef=\"number\" />");
        for (var i = 0; i < 50; i++)
        {
            var amount = hitPolicy == "UNIQUE"
                ? $"[{(i * 1000).ToString(CultureInfo.InvariantCulture)}..{((i + 1) * 1000).ToString(CultureInfo.InvariantCulture)}["
                : $"&gt;= {(i * 1000).ToString(CultureInfo.InvariantCulture)}";
            var kind = hitPolicy == "UNIQUE" ? "-" : i % 2 == 0 ? "\"NgoAid\",\"Oda\"" : "not(\"Fdi\")";
            xml.Append($"<rule id=\"r{i}\"><inputEntry><text>{amount}</text></inputEntry><inputEntry><text>{kind}</text></inputEntry><outputEntry><text>{i}</text></outputEntry></rule>");
        }

        xml.Append("</decisionTable></decision></definitions>");
        return xml.ToString();
    }

    /// <summary>Evaluations per second for a few seconds per table, on 1 thread and on every core.</summary>
    public static Task RunAsync(string[] args)
    {
        var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 3;
        var bench = new DecisionTableBenchmarks();
        bench.Setup();
        Console.WriteLine($"Decision evaluations per second, 50-rule table, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {seconds} s per figure");
        foreach (var (name, run) in new (string, Func<DecisionTableBenchmarks, int>)[] { ("UNIQUE", b => b.Unique()), ("COLLECT", b => b.Collect()), ("COLLECT SUM", b => b.CollectSum()) })
        {
            run(bench); // warm-up (JIT)
            foreach (var threads in new[] { 1, Environment.ProcessorCount })
            {
                var count = 0L;
                var clock = Stopwatch.StartNew();
                Parallel.For(0, threads, _ =>
                {
                    var local = new DecisionTableBenchmarks();
                    local.Setup();
                    var n = 0L;
                    while (clock.Elapsed.TotalSeconds < seconds)
                    {
                        for (var i = 0; i < 256; i++)
                        {
                            run(local);
                        }

                        n += 256;
                    }

                    Interlocked.Add(ref count, n);
                });
                Console.WriteLine($"{name,-12} {threads} thread(s): {count / clock.Elapsed.TotalSeconds,12:N0} evaluations/s");
            }
        }

        return Task.CompletedTask;
    }
}
