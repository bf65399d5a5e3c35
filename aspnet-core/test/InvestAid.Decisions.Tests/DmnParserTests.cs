using InvestAid.Decisions.Dmn;

namespace InvestAid.Decisions;

public sealed class DmnParserTests
{
    private static DmnValidationException Refused(string xml)
    {
        var act = () => DmnParser.Parse(xml);
        return act.Should().Throw<DmnValidationException>().Which;
    }

    [Fact]
    public void Malformed_xml_and_foreign_roots_are_refused()
    {
        Refused("<definitions").Message.Should().Contain("not well-formed");
        Refused("<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" />").Message.Should().Contain("DMN 1.3");
        Refused(DmnText.File("")).Message.Should().Contain("no decision");
    }

    [Fact]
    public void Every_bad_cell_is_reported_with_its_rule()
    {
        var error = Refused(DmnText.Table("UNIQUE", ["amount"], ["size"], [["< ", "\"a\""], ["for x in y return x", "\"b\""], ["1", "sqrtx(2)"]]));
        error.Errors.Select(e => e.ElementId).Should().Equal("d_r1", "d_r2", "d_r3");
        error.Errors[1].Message.Should().Contain("outside the supported FEEL subset");
        error.Errors[2].Line.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Structural_problems_are_named()
    {
        Refused(DmnText.Table("SOMETIMES", ["amount"], ["size"], [["1", "2"]])).Message.Should().Contain("hit policy 'SOMETIMES'");
        Refused(DmnText.Table("FIRST", ["amount"], ["size"], [["1", "2"]], aggregation: "SUM")).Message.Should().Contain("only with the COLLECT");
        Refused(DmnText.Table("COLLECT", ["amount"], ["a", "b"], [["1", "2", "3"]], aggregation: "SUM")).Message.Should().Contain("exactly one output");
        Refused(DmnText.Table("UNIQUE", ["amount"], ["size"], [["1"]])).Errors.Single().ElementId.Should().Be("d_r1");
        Refused(DmnText.File("""<decision id="x" name="x"><context /></decision>""")).Message.Should().Contain("'context' decision logic is not supported");
        Refused(DmnText.File("""<decision id="x" name="x"><informationRequirement><requiredDecision href="#y" /></informationRequirement><literalExpression><text>1</text></literalExpression></decision>"""))
            .Message.Should().Contain("'y' is not in the file");
        Refused(DmnText.File("""
            <decision id="x" name="x"><informationRequirement><requiredDecision href="#y" /></informationRequirement><literalExpression><text>1</text></literalExpression></decision>
            <decision id="y" name="y"><informationRequirement><requiredDecision href="#x" /></informationRequirement><literalExpression><text>1</text></literalExpression></decision>
            """)).Message.Should().Contain("cycle");
        Refused(DmnText.File("""<decision id="x" name="x"><literalExpression expressionLanguage="juel"><text>${a}</text></literalExpression></decision>"""))
            .Message.Should().Contain("'juel' is not supported");
    }

    [Fact]
    public void Reads_dmn_1_1_files_from_older_camunda_modelers()
    {
        var xml = DmnText.Table("UNIQUE", ["amount"], ["size"], [["< 10", "\"s\""]]).Replace(DmnText.Namespace, "http://www.omg.org/spec/DMN/20151101/dmn.xsd", StringComparison.Ordinal);
        DmnParser.Parse(xml).Decisions.Should().ContainKey("d");
    }

    [Fact]
    public void An_unknown_decision_is_named()
    {
        var model = DmnParser.Parse(DmnText.Table("UNIQUE", ["amount"], ["size"], [["< 10", "\"s\""]]));
        var act = () => DecisionEvaluator.Evaluate(model, "nope", new Dictionary<string, object?>());
        act.Should().Throw<DecisionNotFoundException>().Which.Message.Should().Contain("'nope'");
    }
}
