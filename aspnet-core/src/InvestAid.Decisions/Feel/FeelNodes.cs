namespace InvestAid.Decisions.Feel;

/// <summary>A parsed FEEL expression: a tree evaluated over a scope. Shared by threads, so nodes keep no state.</summary>
internal abstract class FeelNode
{
    public abstract object? Evaluate(FeelScope scope);

    /// <summary>True when the expression reads <c>?</c>, so a unary test made of it is a boolean test of the input.</summary>
    public virtual bool UsesInput => false;
}

internal sealed class ConstantNode(object? value) : FeelNode
{
    public object? Value { get; } = value;

    public override object? Evaluate(FeelScope scope) => Value;
}

internal sealed class InputNode : FeelNode
{
    public override object? Evaluate(FeelScope scope) => scope.Input;

    public override bool UsesInput => true;
}

internal sealed class NameNode(string name) : FeelNode
{
    public string Name { get; } = name;

    public override object? Evaluate(FeelScope scope) => scope.TryGet(Name, out var value) ? value : null;
}

internal sealed class PathNode(FeelNode target, string member) : FeelNode
{
    public override object? Evaluate(FeelScope scope) => Member(target.Evaluate(scope), member);

    public override bool UsesInput => target.UsesInput;

    internal static object? Member(object? value, string member) => value switch
    {
        IDictionary<string, object?> map => map.TryGetValue(member, out var v) ? v : null,
        IList<object?> list => list.Select(item => Member(item, member)).ToList(),
        DateOnly d => member switch
        {
            "year" => (decimal)d.Year, "month" => (decimal)d.Month, "day" => (decimal)d.Day,
            "weekday" => (decimal)(d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek), _ => null,
        },
        DateTime t => member switch
        {
            "year" => (decimal)t.Year, "month" => (decimal)t.Month, "day" => (decimal)t.Day, "hour" => (decimal)t.Hour,
            "minute" => (decimal)t.Minute, "second" => (decimal)t.Second, _ => null,
        },
        TimeSpan s => member switch
        {
            "days" => (decimal)s.Days, "hours" => (decimal)s.Hours, "minutes" => (decimal)s.Minutes, "seconds" => (decimal)s.Seconds, _ => null,
        },
        YearsMonthsDuration ym => member switch { "years" => (decimal)(ym.Months / 12), "months" => (decimal)(ym.Months % 12), _ => null },
        FeelRange r => member switch
        {
            "start" => r.Start, "end" => r.End, "start included" => r.StartIncluded, "end included" => r.EndIncluded, _ => null,
        },
        _ => null,
    };
}

internal sealed class FilterNode(FeelNode target, FeelNode filter) : FeelNode
{
    public override bool UsesInput => target.UsesInput || filter.UsesInput;

    public override object? Evaluate(FeelScope scope)
    {
        var value = target.Evaluate(scope);
        var list = value as IList<object?> ?? (value is null ? null : [value]);
        if (list is null)
        {
            return null;
        }

        if (filter is ConstantNode { Value: decimal } || (filter is not ConstantNode && filter.Evaluate(scope) is decimal))
        {
            if (filter.Evaluate(scope) is not decimal index || index != decimal.Truncate(index))
            {
                return null;
            }

            var i = (int)index;
            return i > 0 && i <= list.Count ? list[i - 1] : i < 0 && -i <= list.Count ? list[list.Count + i] : null;
        }

        var kept = new List<object?>();
        foreach (var item in list)
        {
            var names = item is IDictionary<string, object?> map ? new Dictionary<string, object?>(map) : [];
            names["item"] = item;
            if (filter.Evaluate(new FeelScope(names, scope)) is true)
            {
                kept.Add(item);
            }
        }

        return kept;
    }
}

internal sealed class ListNode(IReadOnlyList<FeelNode> items) : FeelNode
{
    public IReadOnlyList<FeelNode> Items { get; } = items;

    public override bool UsesInput => Items.Any(i => i.UsesInput);

    public override object? Evaluate(FeelScope scope) => Items.Select(i => i.Evaluate(scope)).ToList();
}

internal sealed class ContextNode(IReadOnlyList<(string Key, FeelNode Value)> entries) : FeelNode
{
    public override bool UsesInput => entries.Any(e => e.Value.UsesInput);

    public override object? Evaluate(FeelScope scope)
    {
        var result = new Dictionary<string, object?>();
        var inner = new FeelScope(result, scope);
        foreach (var (key, value) in entries)
        {
            result[key] = value.Evaluate(inner);
        }

        return result;
    }
}

internal sealed class RangeNode(FeelNode? start, bool startIncluded, FeelNode? end, bool endIncluded) : FeelNode
{
    public override bool UsesInput => start?.UsesInput == true || end?.UsesInput == true;

    public override object? Evaluate(FeelScope scope) => new FeelRange(start?.Evaluate(scope), startIncluded, end?.Evaluate(scope), endIncluded);
}

internal sealed class IfNode(FeelNode condition, FeelNode then, FeelNode otherwise) : FeelNode
{
    public override bool UsesInput => condition.UsesInput || then.UsesInput || otherwise.UsesInput;

    public override object? Evaluate(FeelScope scope) => condition.Evaluate(scope) is true ? then.Evaluate(scope) : otherwise.Evaluate(scope);
}

internal sealed class AndNode(FeelNode left, FeelNode right) : FeelNode
{
    public override bool UsesInput => left.UsesInput || right.UsesInput;

    public override object? Evaluate(FeelScope scope)
    {
        var a = left.Evaluate(scope);
        if (a is false)
        {
            return false;
        }

        var b = right.Evaluate(scope);
        return b is false ? false : a is true && b is true ? true : null;
    }
}

internal sealed class OrNode(FeelNode left, FeelNode right) : FeelNode
{
    public override bool UsesInput => left.UsesInput || right.UsesInput;

    public override object? Evaluate(FeelScope scope)
    {
        var a = left.Evaluate(scope);
        if (a is true)
        {
            return true;
        }

        var b = right.Evaluate(scope);
        return b is true ? true : a is false && b is false ? false : null;
    }
}

internal sealed class CompareNode(string op, FeelNode left, FeelNode right) : FeelNode
{
    public override bool UsesInput => left.UsesInput || right.UsesInput;

    public override object? Evaluate(FeelScope scope) => Apply(op, left.Evaluate(scope), right.Evaluate(scope));

    internal static bool? Apply(string op, object? a, object? b) => op switch
    {
        "=" => FeelValues.Equal(a, b),
        "!=" => FeelValues.Equal(a, b) is { } eq ? !eq : null,
        "<" => FeelValues.Compare(a, b) is { } c1 ? c1 < 0 : null,
        "<=" => FeelValues.Compare(a, b) is { } c2 ? c2 <= 0 : null,
        ">" => FeelValues.Compare(a, b) is { } c3 ? c3 > 0 : null,
        ">=" => FeelValues.Compare(a, b) is { } c4 ? c4 >= 0 : null,
        _ => null,
    };
}

internal sealed class BetweenNode(FeelNode value, FeelNode low, FeelNode high) : FeelNode
{
    public override bool UsesInput => value.UsesInput || low.UsesInput || high.UsesInput;

    public override object? Evaluate(FeelScope scope)
    {
        var v = value.Evaluate(scope);
        return new FeelRange(low.Evaluate(scope), true, high.Evaluate(scope), true).Contains(v);
    }
}

internal sealed class InNode(FeelNode value, UnaryTestsNode tests) : FeelNode
{
    public override bool UsesInput => value.UsesInput || tests.UsesInput;

    public override object? Evaluate(FeelScope scope) => tests.Test(value.Evaluate(scope), scope);
}

internal sealed class ArithmeticNode(string op, FeelNode left, FeelNode right) : FeelNode
{
    public override bool UsesInput => left.UsesInput || right.UsesInput;

    public override object? Evaluate(FeelScope scope) => FeelArithmetic.Apply(op, left.Evaluate(scope), right.Evaluate(scope));
}

internal sealed class NegateNode(FeelNode operand) : FeelNode
{
    public override bool UsesInput => operand.UsesInput;

    public override object? Evaluate(FeelScope scope) => operand.Evaluate(scope) switch
    {
        decimal d => -d,
        TimeSpan t => t.Negate(),
        YearsMonthsDuration ym => new YearsMonthsDuration(-ym.Months),
        _ => null,
    };
}

internal sealed class CallNode(string name, FeelFunction function, IReadOnlyList<FeelNode> arguments) : FeelNode
{
    public override bool UsesInput => arguments.Any(a => a.UsesInput);

    public override object? Evaluate(FeelScope scope)
    {
        var values = new object?[arguments.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = arguments[i].Evaluate(scope);
        }

        return function.Invoke(name, values);
    }
}

/// <summary>
/// A comma-separated list of positive unary tests, optionally negated by <c>not(...)</c>, or <c>-</c> (any value).
/// </summary>
internal sealed class UnaryTestsNode(IReadOnlyList<UnaryTestNode> tests, bool negated, bool any) : FeelNode
{
    public bool Any { get; } = any;

    public override bool UsesInput => tests.Any(t => t.UsesInput);

    public override object? Evaluate(FeelScope scope) => Test(scope.Input, scope);

    public bool? Test(object? input, FeelScope scope)
    {
        if (Any)
        {
            return true;
        }

        var inner = scope.WithInput(input);
        bool? result = false;
        foreach (var test in tests)
        {
            var r = test.Test(input, inner);
            if (r is true)
            {
                result = true;
                break;
            }

            if (r is null)
            {
                result = null;
            }
        }

        return negated ? result is { } b ? !b : null : result;
    }
}

/// <summary>One positive unary test: a comparison with an endpoint, a range, or an expression.</summary>
internal sealed class UnaryTestNode(string? op, FeelNode operand) : FeelNode
{
    public override bool UsesInput => operand.UsesInput;

    public override object? Evaluate(FeelScope scope) => Test(scope.Input, scope);

    public bool? Test(object? input, FeelScope scope)
    {
        if (op is not null)
        {
            return CompareNode.Apply(op, input, operand.Evaluate(scope));
        }

        var value = operand.Evaluate(scope);
        if (operand.UsesInput)
        {
            return value as bool?;
        }

        return Matches(input, value);
    }

    // DMN 1.3: the input matches a value if equal to it, inside it (range) or equal to one of its items (list);
    // a boolean expression that does not read ? tests for itself when the input is not a boolean.
    private static bool? Matches(object? input, object? value) => value switch
    {
        FeelRange range => range.Contains(input),
        IList<object?> list => list.Any(item => Matches(input, item) == true),
        bool b when input is not null and not bool => b,
        _ => FeelValues.Equal(input, value),
    };
}
