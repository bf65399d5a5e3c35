namespace InvestAid.Workflows.Bpmn;

/// <summary>
/// <c>camunda:inputOutput</c> of an activity, as Camunda 7 runs it: the inputs are evaluated in the enclosing scope when the
/// activity starts (before its start listeners) and become its local variables; the outputs are evaluated in the activity's
/// scope when it ends normally (after its end listeners) and set in the enclosing scope.
/// </summary>
public sealed record IoMapping(IReadOnlyList<IoParameter> Inputs, IReadOnlyList<IoParameter> Outputs)
{
    public static IoMapping None { get; } = new([], []);
}

/// <summary>A <c>camunda:inputParameter</c> or <c>camunda:outputParameter</c>: the variable's name and how its value is made.</summary>
public sealed record IoParameter(string Name, IoValue Value);

/// <summary>The value of a parameter, a list item or a map entry.</summary>
public abstract record IoValue;

/// <summary>An empty parameter: null.</summary>
public sealed record IoNull : IoValue
{
    public static IoNull Instance { get; } = new();
}

/// <summary>Text: a literal string, or a <c>${...}</c> expression.</summary>
public sealed record IoText(string Text) : IoValue;

/// <summary>An inline JavaScript <c>camunda:script</c>: its value is the value of its last statement.</summary>
public sealed record IoScript(string Script) : IoValue;

/// <summary><c>camunda:list</c>: each item a value.</summary>
public sealed record IoList(IReadOnlyList<IoValue> Items) : IoValue;

/// <summary><c>camunda:map</c> of <c>camunda:entry key="…"</c>: the key is text or an expression, the entry a value.</summary>
public sealed record IoMap(IReadOnlyList<KeyValuePair<string, IoValue>> Entries) : IoValue;
