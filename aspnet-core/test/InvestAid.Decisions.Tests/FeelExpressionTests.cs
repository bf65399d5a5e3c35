using InvestAid.Decisions.Feel;

namespace InvestAid.Decisions;

public sealed class FeelExpressionTests
{
    private static object? Eval(string text, params (string Name, object? Value)[] variables) =>
        FeelExpression.Parse(text).Evaluate(variables.ToDictionary(v => v.Name, v => FeelValues.From(v.Value)));

    [Theory]
    [InlineData("1 + 2 * 3", 7)]
    [InlineData("(1 + 2) * 3", 9)]
    [InlineData("10 / 4", 2.5)]
    [InlineData("2 ** 10", 1024)]
    [InlineData("-3 + 1", -2)]
    [InlineData("if 5 > 3 then 1 else 2", 1)]
    [InlineData("count([1, 2, 3])", 3)]
    [InlineData("sum([1, 2, 3.5])", 6.5)]
    [InlineData("max(4, 9, 2)", 9)]
    [InlineData("string length(\"Thái Bình\")", 9)]
    [InlineData("date(\"2025-07-01\").month", 7)]
    [InlineData("{a: 2, b: a * 3}.b", 6)]
    [InlineData("[10, 20, 30][2]", 20)]
    [InlineData("[10, 20, 30][-1]", 30)]
    [InlineData("decimal(1.005, 2)", 1)]
    public void Evaluates_numbers(string text, double expected) => Eval(text).Should().Be((decimal)expected);

    [Theory]
    [InlineData("3 < 5", true)]
    [InlineData("\"a\" = \"a\"", true)]
    [InlineData("\"a\" != \"b\"", true)]
    [InlineData("5 between 1 and 5", true)]
    [InlineData("7 in [1..5]", false)]
    [InlineData("3 in (1, 2, 3)", true)]
    [InlineData("3 in (< 2, > 2)", true)]
    [InlineData("true and null", null)]
    [InlineData("false and null", false)]
    [InlineData("true or null", true)]
    [InlineData("1 = \"1\"", null)]
    [InlineData("null = null", true)]
    [InlineData("date(\"2025-03-01\") > date(\"2025-02-28\")", true)]
    [InlineData("duration(\"P20D\") < duration(\"P1M\")", null)]
    [InlineData("duration(\"P20D\") < duration(\"PT481H\")", true)]
    [InlineData("starts with(\"FDI-2025\", \"FDI\")", true)]
    [InlineData("list contains([\"a\", \"b\"], \"b\")", true)]
    [InlineData("not(true)", false)]
    [InlineData("@\"2025-01-01\" = date(\"2025-01-01\")", true)]
    public void Evaluates_booleans(string text, bool? expected) => Eval(text).Should().Be(expected);

    [Fact]
    public void Adds_durations_to_dates_and_subtracts_dates()
    {
        Eval("date(\"2025-01-31\") + duration(\"P1M\")").Should().Be(new DateOnly(2025, 2, 28));
        Eval("date(\"2025-01-01\") + duration(\"P20D\")").Should().Be(new DateOnly(2025, 1, 21));
        Eval("date(\"2025-03-01\") - date(\"2025-02-01\")").Should().Be(TimeSpan.FromDays(28));
        Eval("received + duration(\"P15D\")", ("received", "2025-09-03")).Should().Be(new DateOnly(2025, 9, 18));
        Eval("years and months duration(date(\"2020-01-15\"), date(\"2025-03-14\"))").Should().Be(new YearsMonthsDuration(61));
        Eval("date and time(\"2025-07-01T10:30:00\").hour").Should().Be(10m);
    }

    [Fact]
    public void Reads_variables_paths_and_filters()
    {
        var project = new Dictionary<string, object?> { ["kind"] = "NgoAid", ["amount"] = 150_000m };
        Eval("project.amount >= 100000", ("project", project)).Should().Be(true);
        Eval("missing + 1").Should().BeNull();
        Eval("[{a: 1}, {a: 5}, {a: 9}][a > 2].a").Should().BeEquivalentTo(new List<object?> { 5m, 9m });
        Eval("\"Sở \" + \"Tài chính\"").Should().Be("Sở Tài chính");
    }

    [Theory]
    [InlineData("for x in [1,2] return x", "outside the supported FEEL subset")]
    [InlineData("some x in [1] satisfies x > 0", "outside the supported FEEL subset")]
    [InlineData("sqrtx(4)", "The function 'sqrtx' is outside the supported FEEL subset")]
    [InlineData("1 +", "Expected an expression at the end")]
    [InlineData("\"open", "The string is not closed")]
    [InlineData("not(true, false)", "takes 1 argument(s), not 2")]
    [InlineData("a # b", "Unexpected character '#'")]
    [InlineData("@\"someday\"", "is not a date")]
    public void Refuses_text_outside_the_subset_with_its_position(string text, string message)
    {
        var act = () => FeelExpression.Parse(text);
        act.Should().Throw<FeelException>().Which.Message.Should().Contain(message);
    }
}
