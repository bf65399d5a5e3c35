using System.Xml.Linq;

namespace InvestAid.Workflows.Parsing;

/// <summary>The XML namespaces the parser reads; every other namespace is ignored.</summary>
public static class BpmnNamespaces
{
    public static readonly XNamespace Model = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    public static readonly XNamespace InvestAid = "http://investaid.vn/schema/bpmn";
    public static readonly XNamespace Camunda = "http://camunda.org/schema/1.0/bpmn";
}
