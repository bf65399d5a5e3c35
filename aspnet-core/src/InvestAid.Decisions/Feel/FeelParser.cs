namespace InvestAid.Decisions.Feel;

/// <summary>
/// Recursive-descent parser for the FEEL subset: literals (numbers, strings, booleans, null, @"..." dates and
/// durations), names and paths, lists, contexts, ranges, filters, arithmetic, comparisons, between, in,
/// and/or, if-then-else and built-in function calls; and unary tests (<c>-</c>, <c>not(...)</c>, comparisons
/// with an endpoint, ranges, lists, expressions). Anything else is refused with its position.
/// </summary>
internal sealed class FeelParser
{
    private static readonly HashSet<string> Comparisons = ["=", "!=", "<", "<=", ">", ">="];
    private static readonly HashSet<string> Reserved = ["and", "or", "then", "else", "in", "between", "for", "some", "every", "return", "satisfies", "function", "instance"];

    private readonly string text;
    private readonly List<FeelToken> tokens;
    private int index;

    // While reading a range's end, '[' closes the range (as in [1..10[) instead of opening a filter.
    private bool readingRangeEnd;

    private FeelParser(string text)
    {
        this.text = text;
        tokens = FeelLexer.Read(text);
    }

    public static FeelNode ParseExpression(string text)
    {
        var parser = new FeelParser(text);
        var node = parser.Expression();
        parser.ExpectEnd();
        return node;
    }

    public static UnaryTestsNode ParseUnaryTests(string text)
    {
        var parser = new FeelParser(text);
        var node = parser.UnaryTests();
        parser.ExpectEnd();
        return node;
    }

    private FeelToken Current => tokens[index];

    private bool IsSymbol(string symbol) => Current.Kind == TokenKind.Symbol && Current.Text == symbol;

    private bool IsName(string name) => Current.Kind == TokenKind.Name && Current.Text == name;

    private bool IsSymbolAt(int offset, string symbol) =>
        index + offset < tokens.Count && tokens[index + offset].Kind == TokenKind.Symbol && tokens[index + offset].Text == symbol;

    private FeelToken Next() => tokens[index++];

    private void Expect(string symbol)
    {
        if (!IsSymbol(symbol))
        {
            throw Error($"Expected '{symbol}'");
        }

        index++;
    }

    private void ExpectEnd()
    {
        if (Current.Kind != TokenKind.End)
        {
            throw Error($"Unexpected '{Current.Text}'");
        }
    }

    private FeelException Error(string message) => new(Current.Kind == TokenKind.End ? message + " at the end" : message, text, Current.Position);

    private UnaryTestsNode UnaryTests()
    {
        if (IsSymbol("-") && tokens[index + 1].Kind == TokenKind.End)
        {
            index++;
            return new UnaryTestsNode([], negated: false, any: true);
        }

        if (Current.Kind == TokenKind.End)
        {
            // An empty cell reads as "-", as Camunda Modeler writes it.
            return new UnaryTestsNode([], negated: false, any: true);
        }

        if (IsName("not") && IsSymbolAt(1, "("))
        {
            var save = index;
            index += 2;
            var inner = PositiveUnaryTests();
            if (IsSymbol(")") && tokens[index + 1].Kind == TokenKind.End)
            {
                index++;
                return new UnaryTestsNode(inner, negated: true, any: false);
            }

            // not(x) followed by more: an ordinary expression such as not(a) or b.
            index = save;
        }

        return new UnaryTestsNode(PositiveUnaryTests(), negated: false, any: false);
    }

    private List<UnaryTestNode> PositiveUnaryTests()
    {
        var tests = new List<UnaryTestNode> { PositiveUnaryTest() };
        while (IsSymbol(","))
        {
            index++;
            tests.Add(PositiveUnaryTest());
        }

        return tests;
    }

    private UnaryTestNode PositiveUnaryTest()
    {
        if (Current.Kind == TokenKind.Symbol && Comparisons.Contains(Current.Text))
        {
            var op = Next().Text;
            return new UnaryTestNode(op, Additive());
        }

        if (IsName("null"))
        {
            index++;
            return new UnaryTestNode("=", new ConstantNode(null));
        }

        return new UnaryTestNode(null, Expression());
    }

    private FeelNode Expression()
    {
        if (IsName("if"))
        {
            index++;
            var condition = Expression();
            if (!IsName("then"))
            {
                throw Error("Expected 'then'");
            }

            index++;
            var then = Expression();
            if (!IsName("else"))
            {
                throw Error("Expected 'else'");
            }

            index++;
            return new IfNode(condition, then, Expression());
        }

        if (Current.Kind == TokenKind.Name && Current.Text is "for" or "some" or "every" or "function")
        {
            throw Error($"'{Current.Text}' expressions are outside the supported FEEL subset");
        }

        return Disjunction();
    }

    private FeelNode Disjunction()
    {
        var left = Conjunction();
        while (IsName("or"))
        {
            index++;
            left = new OrNode(left, Conjunction());
        }

        return left;
    }

    private FeelNode Conjunction()
    {
        var left = Comparison();
        while (IsName("and"))
        {
            index++;
            left = new AndNode(left, Comparison());
        }

        return left;
    }

    private FeelNode Comparison()
    {
        var left = Additive();
        if (Current.Kind == TokenKind.Symbol && Comparisons.Contains(Current.Text))
        {
            var op = Next().Text;
            return new CompareNode(op, left, Additive());
        }

        if (IsName("between"))
        {
            index++;
            var low = Additive();
            if (!IsName("and"))
            {
                throw Error("Expected 'and' in between");
            }

            index++;
            return new BetweenNode(left, low, Additive());
        }

        if (IsName("in"))
        {
            index++;
            if (IsSymbol("(") && !LooksLikeRange())
            {
                index++;
                var tests = PositiveUnaryTests();
                Expect(")");
                return new InNode(left, new UnaryTestsNode(tests, negated: false, any: false));
            }

            return new InNode(left, new UnaryTestsNode([PositiveUnaryTest()], negated: false, any: false));
        }

        if (IsName("instance"))
        {
            throw Error("'instance of' is outside the supported FEEL subset");
        }

        return left;
    }

    // "(a..b)" after "in" is a range, "(< 5, > 10)" a list of tests.
    private bool LooksLikeRange()
    {
        var depth = 0;
        for (var i = index; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Symbol)
            {
                continue;
            }

            if (t.Text is "(" or "[" or "{")
            {
                depth++;
            }
            else if (t.Text is ")" or "]" or "}")
            {
                depth--;
                if (depth == 0)
                {
                    return false;
                }
            }
            else if (t.Text == ".." && depth == 1)
            {
                return true;
            }
        }

        return false;
    }

    private FeelNode Additive()
    {
        var left = Multiplicative();
        while (IsSymbol("+") || IsSymbol("-"))
        {
            var op = Next().Text;
            left = new ArithmeticNode(op, left, Multiplicative());
        }

        return left;
    }

    private FeelNode Multiplicative()
    {
        var left = Power();
        while (IsSymbol("*") || IsSymbol("/"))
        {
            var op = Next().Text;
            left = new ArithmeticNode(op, left, Power());
        }

        return left;
    }

    private FeelNode Power()
    {
        var left = Unary();
        while (IsSymbol("**"))
        {
            index++;
            left = new ArithmeticNode("**", left, Unary());
        }

        return left;
    }

    private FeelNode Unary()
    {
        if (IsSymbol("-"))
        {
            index++;
            var operand = Unary();
            return operand is ConstantNode { Value: decimal d } ? new ConstantNode(-d) : new NegateNode(operand);
        }

        return Postfix(Primary());
    }

    private FeelNode Postfix(FeelNode node)
    {
        while (true)
        {
            if (IsSymbol("."))
            {
                index++;
                if (Current.Kind != TokenKind.Name)
                {
                    throw Error("Expected a name after '.'");
                }

                node = new PathNode(node, Next().Text);
            }
            else if (IsSymbol("[") && !readingRangeEnd)
            {
                index++;
                var filter = Expression();
                Expect("]");
                node = new FilterNode(node, filter);
            }
            else
            {
                return node;
            }
        }
    }

    private FeelNode Primary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                index++;
                return new ConstantNode(token.Number);
            case TokenKind.String:
                index++;
                return new ConstantNode(token.Text);
            case TokenKind.TemporalLiteral:
                index++;
                return new ConstantNode(Temporal(token));
            case TokenKind.Name:
                return NameOrCall();
            case TokenKind.Symbol:
                return token.Text switch
                {
                    "(" => ParenthesisOrRange(),
                    "[" => ListOrRange(),
                    "]" => OpenStartRange(),
                    "{" => Context(),
                    "?" => InputReference(),
                    _ => throw Error($"Unexpected '{token.Text}'"),
                };
            default:
                throw Error("Expected an expression");
        }
    }

    private FeelNode InputReference()
    {
        index++;
        return new InputNode();
    }

    private object Temporal(FeelToken token) =>
        (object?)(token.Text.Contains('T') && !token.Text.StartsWith('P') && !token.Text.StartsWith("-P", StringComparison.Ordinal)
            ? FeelValues.ParseDateTime(token.Text)
            : FeelValues.ParseDate(token.Text) ?? FeelValues.ParseDuration(token.Text))
        ?? throw new FeelException($"@\"{token.Text}\" is not a date, date and time or duration", text, token.Position);

    private FeelNode NameOrCall()
    {
        var token = Next();
        switch (token.Text)
        {
            case "true": return new ConstantNode(true);
            case "false": return new ConstantNode(false);
            case "null": return new ConstantNode(null);
        }

        if (Reserved.Contains(token.Text))
        {
            index--;
            throw Error($"Unexpected '{token.Text}'");
        }

        if (!IsSymbol("("))
        {
            return new NameNode(token.Text);
        }

        if (!FeelFunctions.All.TryGetValue(token.Text, out var function))
        {
            index--;
            throw Error($"The function '{token.Text}' is outside the supported FEEL subset");
        }

        index++;
        var arguments = new List<FeelNode>();
        if (!IsSymbol(")"))
        {
            if (Current.Kind == TokenKind.Name && IsSymbolAt(1, ":"))
            {
                throw Error("Named arguments are outside the supported FEEL subset");
            }

            arguments.Add(Expression());
            while (IsSymbol(","))
            {
                index++;
                arguments.Add(Expression());
            }
        }

        Expect(")");
        if (arguments.Count < function.MinArity || arguments.Count > function.MaxArity)
        {
            index--;
            throw Error($"The function '{token.Text}' takes {(function.MinArity == function.MaxArity ? function.MinArity.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{function.MinArity} or more")} argument(s), not {arguments.Count}");
        }

        // Constant arguments (date("2025-01-01"), duration("P20D")) are folded once at parse time.
        var call = new CallNode(token.Text, function, arguments);
        return arguments.All(a => a is ConstantNode) ? new ConstantNode(call.Evaluate(FeelScope.Empty)) : call;
    }

    private FeelNode ParenthesisOrRange()
    {
        index++;
        var first = Expression();
        if (IsSymbol(".."))
        {
            index++;
            return CloseRange(first, startIncluded: false, RangeEnd());
        }

        Expect(")");
        return first;
    }

    private FeelNode ListOrRange()
    {
        index++;
        if (IsSymbol("]"))
        {
            index++;
            return new ListNode([]);
        }

        var first = Expression();
        if (IsSymbol(".."))
        {
            index++;
            return CloseRange(first, startIncluded: true, RangeEnd());
        }

        var items = new List<FeelNode> { first };
        while (IsSymbol(","))
        {
            index++;
            items.Add(Expression());
        }

        Expect("]");
        return items.All(i => i is ConstantNode) ? new ConstantNode(items.Select(i => ((ConstantNode)i).Value).ToList()) : new ListNode(items);
    }

    private FeelNode OpenStartRange()
    {
        index++;
        var start = Expression();
        Expect("..");
        return CloseRange(start, startIncluded: false, RangeEnd());
    }

    private FeelNode RangeEnd()
    {
        readingRangeEnd = true;
        try
        {
            return Additive();
        }
        finally
        {
            readingRangeEnd = false;
        }
    }

    private FeelNode CloseRange(FeelNode start, bool startIncluded, FeelNode end)
    {
        bool endIncluded;
        if (IsSymbol("]"))
        {
            endIncluded = true;
        }
        else if (IsSymbol(")") || IsSymbol("["))
        {
            endIncluded = false;
        }
        else
        {
            throw Error("Expected ']', ')' or '[' to close the range");
        }

        index++;
        return new RangeNode(start, startIncluded, end, endIncluded);
    }

    private FeelNode Context()
    {
        index++;
        var entries = new List<(string, FeelNode)>();
        if (!IsSymbol("}"))
        {
            do
            {
                if (entries.Count > 0)
                {
                    index++;
                }

                if (Current.Kind is not (TokenKind.Name or TokenKind.String))
                {
                    throw Error("Expected a context key");
                }

                var key = Next().Text;
                Expect(":");
                entries.Add((key, Expression()));
            }
            while (IsSymbol(","));
        }

        Expect("}");
        return new ContextNode(entries);
    }
}
