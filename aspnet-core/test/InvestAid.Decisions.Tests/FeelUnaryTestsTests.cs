using InvestAid.Decisions.Feel;

namespace InvestAid.Decisions;

public sealed class FeelUnaryTestsTests
{
    private static bool Matches(string tests, object? input, params (string Name, object? Value)[] variables) =>
        FeelUnaryTests.Parse(tests).Matches(FeelValues.From(input), new FeelScope(variables.ToDictionary(v => v.Name, v => FeelValues.From(v.Value))));

    [Theory]
    [InlineData("-", 5, true)]
    [InlineData("", 5, true)]
    [InlineData("< 200000", 150000, true)]
    [InlineData("< 200000", 200000, false)]
    [InlineData(">= 200000", 200000, true)]
    [InlineData("[1..10]", 10, true)]
    [InlineData("[1..10[", 10, false)]
    [InlineData("]1..10]", 1, false)]
    [InlineData("(1..10)", 5, true)]
    [InlineData("1, 2, 3", 2, true)]
    [InlineData("1, 2, 3", 4, false)]
    [InlineData("not(1, 2, 3)", 4, true)]
    [InlineData("not(< 5)", 3, false)]
    [InlineData("< 5, > 10", 11, true)]
    [InlineData("? > 3 and ? < 6", 5, true)]
    [InlineData("[1, 2, 3]", 3, true)]
    [InlineData("5", 5, true)]
    public void Number_tests(string tests, int input, bool expected) => Matches(tests, (decimal)input).Should().Be(expected);

    [Fact]
    public void String_boolean_date_and_null_tests()
    {
        Matches("\"Fdi\",\"Oda\"", "Oda").Should().BeTrue();
        Matches("not(\"Fdi\")", "Oda").Should().BeTrue();
        Matches("not(\"Fdi\")", "Fdi").Should().BeFalse();
        Matches("true", true).Should().BeTrue();
        Matches("false", true).Should().BeFalse();
        Matches("null", null).Should().BeTrue();
        Matches("< 5", null).Should().BeFalse();
        Matches("not(null)", 3m).Should().BeTrue();
        Matches("[date(\"2025-01-01\")..date(\"2025-12-31\")]", "2025-07-01").Should().BeTrue();
        Matches(">= date(\"2026-03-01\")", new DateOnly(2026, 2, 28)).Should().BeFalse();
        Matches("<= duration(\"P20D\")", TimeSpan.FromDays(15)).Should().BeTrue();
        Matches("-", null).Should().BeTrue();
    }

    [Fact]
    public void Endpoints_read_variables_so_thresholds_are_inputs()
    {
        Matches("< threshold", 150_000m, ("threshold", 200_000m)).Should().BeTrue();
        Matches("< threshold", 250_000m, ("threshold", 200_000m)).Should().BeFalse();
        Matches("[low..high]", 5m, ("low", 1m), ("high", 10m)).Should().BeTrue();
        Matches("< threshold", 150_000m).Should().BeFalse("a missing threshold decides nothing");
    }

    [Fact]
    public void Refuses_malformed_tests()
    {
        var act = () => FeelUnaryTests.Parse("[1..");
        act.Should().Throw<FeelException>();
        var act2 = () => FeelUnaryTests.Parse("< ");
        act2.Should().Throw<FeelException>();
    }
}
