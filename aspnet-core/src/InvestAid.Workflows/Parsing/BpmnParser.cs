using System.Xml;
using System.Xml.Linq;
using InvestAid.Workflows.Bpmn;

namespace InvestAid.Workflows.Parsing;

/// <summary>
/// Reads BPMN 2.0 XML into an immutable <see cref="BpmnProcess"/>, or throws a
/// <see cref="BpmnValidationException"/> listing every problem with element id and line.
/// </summary>
public sealed class BpmnParser
{
    // Models are uploaded by users: a DTD could define an entity bomb or read local files.
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        MaxCharactersInDocument = 16 * 1024 * 1024,
    };

    public BpmnProcess Parse(string xml)
    {
        using var text = new StringReader(xml);
        return Parse(text);
    }

    public BpmnProcess Parse(Stream xml)
    {
        using var text = new StreamReader(xml);
        return Parse(text);
    }

    public BpmnProcess Parse(TextReader xml)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(xml, Settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            throw new BpmnValidationException([new BpmnValidationError(null, ex.LineNumber, "The file is not acceptable XML: " + ex.Message)]);
        }

        var errors = new List<BpmnValidationError>();
        var process = new ProcessReader(errors).Read(document);
        if (process is not null)
        {
            ModelValidator.Validate(process, errors);
        }

        if (errors.Count > 0 || process is null)
        {
            throw new BpmnValidationException(errors.OrderBy(e => e.Line).ToList());
        }

        return process;
    }
}
