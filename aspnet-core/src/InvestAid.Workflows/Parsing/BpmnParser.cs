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

    /// <summary>The one executable process of the file; a file with several pools must go through <see cref="ParseAll(string)"/>.</summary>
    /// <summary>
    /// Administrator bindings, element id → handler name (one of ours or an external-task topic), stored with the
    /// definition version: a service, send or business rule task (or message event) with Java code in Camunda
    /// (camunda:class, delegateExpression, expression, a connector) or with no implementation runs that handler;
    /// a value <c>topic:&lt;name&gt;</c> makes it an external task of that topic for workers instead.
    /// </summary>
    public IReadOnlyDictionary<string, string> Bindings { get; init; } = new Dictionary<string, string>();

    /// <summary>A binding value naming an external-task topic: <c>topic:&lt;name&gt;</c>.</summary>
    public const string TopicBinding = ProcessReader.TopicBinding;

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
        var processes = ParseAll(xml);
        if (processes.Count > 1)
        {
            throw new BpmnValidationException([new BpmnValidationError(null, processes[1].Line,
                $"The file holds {processes.Count} executable processes ({string.Join(", ", processes.Select(p => p.Key))}); deploy it as a whole, or name the process.")]);
        }

        return processes[0];
    }

    /// <summary>The executable process with this id from a file that may hold several.</summary>
    public BpmnProcess Parse(string xml, string processKey)
    {
        using var text = new StringReader(xml);
        return ParseAll(text).FirstOrDefault(p => p.Key == processKey)
            ?? throw new BpmnValidationException([new BpmnValidationError(processKey, 0, $"The file has no executable process '{processKey}'.")]);
    }

    public IReadOnlyList<BpmnProcess> ParseAll(string xml)
    {
        using var text = new StringReader(xml);
        return ParseAll(text);
    }

    /// <summary>
    /// Every executable process of the file (a collaboration may hold several pools), or a
    /// <see cref="BpmnValidationException"/> with the problems of all of them.
    /// </summary>
    public IReadOnlyList<BpmnProcess> ParseAll(TextReader xml)
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
        var processes = new ProcessReader(errors, Bindings).Read(document);
        foreach (var process in processes ?? [])
        {
            ModelValidator.Validate(process, errors);
        }

        if (errors.Count > 0 || processes is null)
        {
            throw new BpmnValidationException(errors.OrderBy(e => e.Line).ToList());
        }

        return processes;
    }
}
