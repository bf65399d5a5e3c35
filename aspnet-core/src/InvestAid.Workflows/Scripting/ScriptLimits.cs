namespace InvestAid.Workflows.Scripting;

/// <summary>
/// Sandbox limits for conditions and scripts. Models are uploaded by administrators, so a slip
/// (an endless loop, a runaway array) must fail one command, not hang or starve the server.
/// </summary>
public sealed record ScriptLimits
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(2);
    public long MemoryBytes { get; init; } = 16 * 1024 * 1024;
    public int RecursionDepth { get; init; } = 64;
    public int MaxStatements { get; init; } = 1_000_000;

    public static ScriptLimits Default { get; } = new();
}
