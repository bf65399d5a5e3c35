namespace InvestAid.Decisions.Feel;

/// <summary>A built-in FEEL function; its arity is checked when the expression is parsed.</summary>
internal sealed class FeelFunction(int minArity, int maxArity, Func<object?[], object?> body)
{
    public int MinArity { get; } = minArity;
    public int MaxArity { get; } = maxArity;

    public object? Invoke(string name, object?[] arguments)
    {
        try
        {
            return body(arguments);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or InvalidCastException)
        {
            // FEEL: a function given values it cannot use returns null.
            _ = name;
            return null;
        }
    }
}
