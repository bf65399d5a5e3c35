using AwesomeAssertions;
using InvestAid.Workflows.Parsing;

namespace InvestAid.Workflows.Parsing;

/// <summary>A model names its elements in other languages with Camunda extension properties <c>name:&lt;language&gt;</c>.</summary>
public sealed class LocalizedNameTests
{
    private const string Model = """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
          <bpmn:process id="p" isExecutable="true">
            <bpmn:startEvent id="s" name="Bắt đầu" />
            <bpmn:userTask id="check" name="Kiểm tra hồ sơ" camunda:candidateGroups="officer">
              <bpmn:extensionElements>
                <camunda:properties>
                  <camunda:property name="name:en" value="Check the dossier" />
                  <camunda:property name="name:FR" value="Vérifier le dossier" />
                  <camunda:property name="priority" value="high" />
                </camunda:properties>
              </bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:endEvent id="e" />
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="check" />
            <bpmn:sequenceFlow id="f2" sourceRef="check" targetRef="e" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public void Names_in_other_languages_come_from_name_properties_and_the_model_name_stays_the_default()
    {
        var process = new BpmnParser().Parse(Model);
        var check = process.Node("check");
        check.Name.Should().Be("Kiểm tra hồ sơ");
        check.LocalizedNames.Should().BeEquivalentTo(new Dictionary<string, string> { ["en"] = "Check the dossier", ["fr"] = "Vérifier le dossier" });
        check.NameIn("en").Should().Be("Check the dossier");
        check.NameIn("vi").Should().Be("Kiểm tra hồ sơ", "no Vietnamese property: the model's own name");
        process.Node("s").NameIn("en").Should().Be("Bắt đầu", "no English property: the model's own name");
    }
}
