namespace InvestAid.Decisions.Feel;

/// <summary>A FEEL expression that cannot be parsed (outside the supported subset) or cannot be evaluated.</summary>
public sealed class FeelException(string message, string expression, int position = -1)
    : Exception(position >= 0 ? $"{message} (at position {position + 1} of '{expression}')" : $"{message} (in '{expression}')")
{
    public string Expression { get; } = expression;
    public int Position { get; } = position;
}
