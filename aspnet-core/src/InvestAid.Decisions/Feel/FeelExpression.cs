namespace InvestAid.Decisions.Feel;

/// <summary>A FEEL expression parsed once and evaluated many times, on any thread.</summary>
public sealed class FeelExpression
{
    private readonly FeelNode node;

    private FeelExpression(string text, FeelNode node)
    {
        Text = text;
        this.node = node;
    }

    public string Text { get; }

    /// <summary>The variable name when the whole expression is one name (e.g. <c>aidAmountUsd</c>), else null.</summary>
    public string? SimpleName => (node as NameNode)?.Name;

    /// <exception cref="FeelException">The text is not in the supported FEEL subset.</exception>
    public static FeelExpression Parse(string text) => new(text, FeelParser.ParseExpression(text));

    public object? Evaluate(FeelScope scope) => node.Evaluate(scope);

    public object? Evaluate(IReadOnlyDictionary<string, object?> variables) => node.Evaluate(new FeelScope(variables));
}
