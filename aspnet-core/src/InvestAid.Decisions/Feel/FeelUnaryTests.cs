namespace InvestAid.Decisions.Feel;

/// <summary>The unary tests of a decision-table input entry (e.g. <c>&lt; 200000</c>, <c>[1..5]</c>, <c>"a","b"</c>, <c>not("x")</c>, <c>-</c>).</summary>
public sealed class FeelUnaryTests
{
    private readonly UnaryTestsNode node;

    private FeelUnaryTests(string text, UnaryTestsNode node)
    {
        Text = text;
        this.node = node;
    }

    public string Text { get; }

    /// <summary>True for <c>-</c> (and an empty cell): every value matches.</summary>
    public bool MatchesAnything => node.Any;

    /// <exception cref="FeelException">The text is not in the supported FEEL subset.</exception>
    public static FeelUnaryTests Parse(string text) => new(text, FeelParser.ParseUnaryTests(text));

    /// <summary>True when the input matches; false or null (a test that cannot be decided) when not.</summary>
    public bool Matches(object? input, FeelScope scope) => node.Test(input, scope) == true;
}
