using System.Xml;
using System.Xml.Linq;

namespace InvestAid.Workflows.Parsing;

internal static class XElementExtensions
{
    public static int Line(this XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    public static string? Attr(this XElement element, string name) => NullIfBlank(element.Attribute(name)?.Value);

    /// <summary>Our own attribute wins over Camunda's, so a model can override what the modeller wrote.</summary>
    public static string? Extension(this XElement element, string name) =>
        NullIfBlank(element.Attribute(BpmnNamespaces.InvestAid + name)?.Value)
        ?? NullIfBlank(element.Attribute(BpmnNamespaces.Camunda + name)?.Value);

    public static IReadOnlyList<string> ExtensionList(this XElement element, string name) =>
        element.Extension(name)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    public static XElement? Child(this XElement element, string localName) => element.Element(BpmnNamespaces.Model + localName);

    public static string? ChildText(this XElement element, string localName) => NullIfBlank(element.Child(localName)?.Value.Trim());

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
