using InvestAid.Decisions.Dmn;

namespace InvestAid.Decisions;

public sealed class DecisionTableTests
{
    private static DecisionResult Run(string xml, params (string Name, object? Value)[] variables) =>
        DecisionEvaluator.Evaluate(DmnParser.Parse(xml), "d", variables.ToDictionary(v => v.Name, v => v.Value));

    private static readonly string[][] Bands =
    [
        ["< 100", "\"small\"", "1"],
        ["[100..1000[", "\"medium\"", "2"],
        [">= 500", "\"large\"", "3"],
    ];

    [Fact]
    public void Unique_returns_the_one_matching_rule()
    {
        var result = Run(DmnText.Table("UNIQUE", ["amount"], ["size", "rank"], Bands), ("amount", 50));
        result.Rows.Should().ContainSingle().Which["size"].Should().Be("small");
        result.Trace.Single().MatchedRules.Single().Id.Should().Be("d_r1");
        result.Trace.Single().Inputs.Single().Value!.GetValue<decimal>().Should().Be(50m);
    }

    [Fact]
    public void Unique_with_two_matches_or_none_is_an_error_naming_the_decision_and_rules()
    {
        var xml = DmnText.Table("UNIQUE", ["amount"], ["size", "rank"], Bands);
        var both = () => Run(xml, ("amount", 600));
        both.Should().Throw<DecisionEvaluationException>().Which.Message.Should()
            .Contain("Decision 'd'").And.Contain("'d_r2'").And.Contain("'d_r3'").And.Contain("amount = 600");
        var none = () => Run(xml, ("amount", null));
        none.Should().Throw<DecisionEvaluationException>().Which.Message.Should().Contain("no rule matches amount = null");
    }

    [Fact]
    public void First_takes_the_first_match_in_rule_order()
    {
        Run(DmnText.Table("FIRST", ["amount"], ["size", "rank"], Bands), ("amount", 600)).Rows.Single()["size"].Should().Be("medium");
        Run(DmnText.Table("FIRST", ["amount"], ["size", "rank"], Bands), ("amount", 5000)).Rows.Single()["size"].Should().Be("large");
        Run(DmnText.Table("FIRST", ["amount"], ["size", "rank"], Bands), ("amount", null)).Rows.Should().BeEmpty();
    }

    [Fact]
    public void Priority_and_output_order_follow_the_output_values()
    {
        var priority = DmnText.Table("PRIORITY", ["amount"], ["size", "rank"], Bands, outputValues: ["\"large\"", "\"medium\"", "\"small\""]);
        Run(priority, ("amount", 600)).Rows.Single()["size"].Should().Be("large");
        var ordered = DmnText.Table("OUTPUT ORDER", ["amount"], ["size", "rank"], Bands, outputValues: ["\"large\"", "\"medium\"", "\"small\""]);
        Run(ordered, ("amount", 600)).Rows.Select(r => r["size"]).Should().Equal("large", "medium");
        var missing = () => DmnParser.Parse(DmnText.Table("PRIORITY", ["amount"], ["size", "rank"], Bands));
        missing.Should().Throw<DmnValidationException>().Which.Message.Should().Contain("'d_table'").And.Contain("output values");
    }

    [Fact]
    public void Any_accepts_agreeing_rules_and_refuses_disagreeing_ones()
    {
        var xml = DmnText.Table("ANY", ["amount"], ["ok"], [["> 0", "true"], ["> 10", "true"], ["> 100", "false"]]);
        Run(xml, ("amount", 50)).Rows.Single()["ok"].Should().Be(true);
        var act = () => Run(xml, ("amount", 500));
        act.Should().Throw<DecisionEvaluationException>().Which.Message.Should().Contain("ANY");
    }

    [Fact]
    public void Rule_order_and_collect_return_every_match()
    {
        Run(DmnText.Table("RULE ORDER", ["amount"], ["size", "rank"], Bands), ("amount", 600)).Rows.Select(r => r["rank"]).Should().Equal(2m, 3m);
        Run(DmnText.Table("COLLECT", ["amount"], ["size", "rank"], Bands), ("amount", 600)).Rows.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("SUM", 600, 5)]
    [InlineData("MIN", 600, 2)]
    [InlineData("MAX", 600, 3)]
    [InlineData("COUNT", 600, 2)]
    [InlineData("COUNT", -1, 1)]
    public void Collect_aggregates_one_output(string aggregation, int amount, int expected)
    {
        var xml = DmnText.Table("COLLECT", ["amount"], ["rank"], [["< 100", "1"], ["[100..1000[", "2"], [">= 500", "3"]], aggregation);
        Run(xml, ("amount", amount)).Rows.Single()["rank"].Should().Be((decimal)expected);
    }

    [Fact]
    public void Collect_sum_with_no_match_gives_no_row()
    {
        var xml = DmnText.Table("COLLECT", ["amount"], ["rank"], [["< 0", "1"]], "SUM");
        Run(xml, ("amount", 5)).Rows.Should().BeEmpty();
    }

    [Fact]
    public void Output_entries_are_expressions_over_the_inputs_and_strings_are_read_by_type()
    {
        var xml = DmnText.Table("UNIQUE", ["amount", "kind"], ["fee"], [["> 0", "\"Fdi\"", "amount * 0.01"], ["> 0", "not(\"Fdi\")", "0"]]);
        Run(xml, ("amount", "2500"), ("kind", "Fdi")).Rows.Single()["fee"].Should().Be(25m);
        Run(xml, ("amount", 2500), ("kind", "Oda")).Rows.Single()["fee"].Should().Be(0m);
    }

    [Fact]
    public void Literal_expression_decisions_and_requirement_graphs()
    {
        var xml = DmnText.File("""
            <decision id="size" name="Size">
              <decisionTable id="size_t" hitPolicy="FIRST">
                <input id="i1" label="Amount"><inputExpression typeRef="number"><text>amount</text></inputExpression></input>
                <output id="o1" name="size" typeRef="string" />
                <rule id="big"><inputEntry><text>&gt;= threshold</text></inputEntry><outputEntry><text>"large"</text></outputEntry></rule>
                <rule id="small"><inputEntry><text>-</text></inputEntry><outputEntry><text>"small"</text></outputEntry></rule>
              </decisionTable>
            </decision>
            <decision id="deadline" name="Deadline">
              <variable name="deadline" typeRef="date" />
              <informationRequirement id="req1"><requiredDecision href="#size" /></informationRequirement>
              <literalExpression><text>received + (if size = "large" then duration("P20D") else duration("P10D"))</text></literalExpression>
            </decision>
            """);
        var model = DmnParser.Parse(xml);
        var result = DecisionEvaluator.Evaluate(model, "deadline", new Dictionary<string, object?> { ["amount"] = 300m, ["threshold"] = 200m, ["received"] = "2025-09-03" });
        result.Rows.Single()["deadline"].Should().Be(new DateOnly(2025, 9, 23));
        result.Trace.Select(t => t.DecisionId).Should().Equal("size", "deadline");
        result.Trace[0].MatchedRules.Single().Id.Should().Be("big");
        result.ToJson()["evaluated"]!.AsArray().Should().HaveCount(2);
    }

    [Fact]
    public void Default_output_entries_apply_when_no_rule_matches()
    {
        var xml = DmnText.File("""
            <decision id="d" name="d"><decisionTable id="t">
              <input id="i"><inputExpression><text>x</text></inputExpression></input>
              <output id="o" name="y"><defaultOutputEntry><text>"none"</text></defaultOutputEntry></output>
              <rule id="r"><inputEntry><text>1</text></inputEntry><outputEntry><text>"one"</text></outputEntry></rule>
            </decisionTable></decision>
            """);
        Run(xml, ("x", 2)).Rows.Single()["y"].Should().Be("none");
    }
}
