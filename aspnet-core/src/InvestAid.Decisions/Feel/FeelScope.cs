namespace InvestAid.Decisions.Feel;

/// <summary>The names an expression can read, and the value <c>?</c> stands for in a unary test.</summary>
public sealed class FeelScope
{
    private readonly IReadOnlyDictionary<string, object?> variables;
    private readonly FeelScope? parent;

    public FeelScope(IReadOnlyDictionary<string, object?> variables, FeelScope? parent = null, object? input = null, bool hasInput = false)
    {
        this.variables = variables;
        this.parent = parent;
        Input = hasInput ? input : parent?.Input;
        HasInput = hasInput || parent?.HasInput == true;
    }

    public static FeelScope Empty { get; } = new(new Dictionary<string, object?>());

    public object? Input { get; }

    public bool HasInput { get; }

    public FeelScope WithInput(object? input) => new(new Dictionary<string, object?>(), this, input, hasInput: true);

    public bool TryGet(string name, out object? value)
    {
        for (var scope = this; scope is not null; scope = scope.parent)
        {
            if (scope.variables.TryGetValue(name, out value))
            {
                return true;
            }
        }

        value = null;
        return false;
    }
}
