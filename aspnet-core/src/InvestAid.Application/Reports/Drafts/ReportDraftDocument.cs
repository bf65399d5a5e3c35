using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace InvestAid.Reports.Drafts;

/// <summary>
/// The drafted report as a Word document, built from an editable template: any .docx whose paragraphs hold placeholders
/// <c>{{committee}}</c>, <c>{{agency}}</c>, <c>{{dateline}}</c>, <c>{{title}}</c>, <c>{{subtitle}}</c>, <c>{{fdi.heading}}</c>, <c>{{fdi}}</c>,
/// <c>{{oda.heading}}</c>, <c>{{oda}}</c>, <c>{{ngo.heading}}</c>, <c>{{ngo}}</c>. A paragraph keeps its own formatting and the first
/// run's; a placeholder Word split over several runs is still found (the paragraph's text is read whole). The shipped template
/// is <see cref="DefaultTemplateResource"/>; a department replaces it by a file of its own (configuration Reports:DraftTemplatePath).
/// </summary>
public static partial class ReportDraftDocument
{
    public const string DefaultTemplateResource = "InvestAid.Reports.periodic-report-template.docx";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [GeneratedRegex(@"\{\{\s*([a-z.]+)\s*\}\}")]
    private static partial Regex Placeholder();

    /// <summary>The shipped template's bytes.</summary>
    public static byte[] DefaultTemplate()
    {
        using var stream = typeof(ReportDraftDocument).Assembly.GetManifestResourceStream(DefaultTemplateResource)
            ?? throw new InvalidOperationException($"The resource {DefaultTemplateResource} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The values of the placeholders for one language of the draft.</summary>
    public static IReadOnlyDictionary<string, string> Values(ReportDraftDto draft, bool english, string committee, string agency, string dateline)
    {
        var paragraphs = english ? draft.En : draft.Vi;
        var period = draft.From == new DateOnly(draft.From.Year, 1, 1) && draft.To == new DateOnly(draft.From.Year, 12, 31)
            ? (english ? $"in {draft.From.Year}" : $"năm {draft.From.Year}")
            : english ? $"from {draft.From:dd/MM/yyyy} to {draft.To:dd/MM/yyyy}" : $"từ ngày {draft.From:dd/MM/yyyy} đến ngày {draft.To:dd/MM/yyyy}";
        var values = new Dictionary<string, string>
        {
            ["committee"] = committee,
            ["agency"] = agency,
            ["dateline"] = dateline,
            ["title"] = english ? "REPORT" : "BÁO CÁO",
            ["subtitle"] = english ? $"Foreign investment, ODA and foreign NGO aid {period}" : $"Tình hình thu hút đầu tư nước ngoài, vốn ODA và viện trợ phi chính phủ nước ngoài {period}",
        };
        foreach (var p in paragraphs)
        {
            values[p.Section] = p.Text;
            values[p.Section + ".heading"] = p.Heading;
        }
        return values;
    }

    /// <summary>Most row codes a figure's link carries (beyond that the link opens the table without marking rows).</summary>
    public const int MaxLinkedRows = 40;

    /// <summary>
    /// The web page of a figure's rows, absolute: the figure's link with its row codes (<c>rows=</c>, which the page marks), under
    /// <paramref name="baseUrl"/>. Null for a segment without a link.
    /// </summary>
    public static string? AbsoluteLink(string baseUrl, DraftSegment segment)
    {
        if (segment.Link is null)
        {
            return null;
        }
        var (path, anchor) = segment.Link.IndexOf('#') is var i and >= 0 ? (segment.Link[..i], segment.Link[i..]) : (segment.Link, "");
        var rows = segment.Rows is { Count: > 0 and <= MaxLinkedRows } r ? "&rows=" + Uri.EscapeDataString(string.Join(',', r)) : "";
        return baseUrl.TrimEnd('/') + path + rows + anchor;
    }

    /// <summary>Fills the template's placeholders; an unknown placeholder is left as written.</summary>
    public static byte[] Write(byte[] template, IReadOnlyDictionary<string, string> values) => Write(template, values, null, null);

    /// <summary>
    /// Fills the template's placeholders. A paragraph that holds nothing but a section's placeholder (<c>{{ngo}}</c>) gets the section's
    /// segments when <paramref name="sections"/> has them: every figure a hyperlink to its rows on the web page under
    /// <paramref name="baseUrl"/>, in the paragraph's own character formatting, coloured and underlined as Word shows links.
    /// </summary>
    public static byte[] Write(byte[] template, IReadOnlyDictionary<string, string> values, IReadOnlyList<DraftParagraph>? sections, string? baseUrl)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var main = document.MainDocumentPart ?? throw new InvalidOperationException("The template has no document body.");
            var body = main.Document?.Body ?? throw new InvalidOperationException("The template has no document body.");
            foreach (var paragraph in body.Descendants<Paragraph>().ToList())
            {
                var texts = paragraph.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().ToList();
                var whole = string.Concat(texts.Select(t => t.Text));
                if (!Placeholder().IsMatch(whole))
                {
                    continue;
                }
                if (baseUrl is not null && Placeholder().Match(whole.Trim()) is { Success: true } only && only.Value == whole.Trim()
                    && sections?.FirstOrDefault(p => p.Section == only.Groups[1].Value) is { } section)
                {
                    WriteLinked(main, paragraph, texts[0], section, baseUrl);
                    continue;
                }
                var replaced = Placeholder().Replace(whole, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);
                texts[0].Text = replaced;
                texts[0].Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve;
                foreach (var extra in texts.Skip(1))
                {
                    extra.Remove();
                }
            }
            main.Document!.Save();
        }
        return stream.ToArray();
    }

    /// <summary>Replaces the paragraph's runs by the section's segments, figures as hyperlinks.</summary>
    private static void WriteLinked(MainDocumentPart main, Paragraph paragraph, DocumentFormat.OpenXml.Wordprocessing.Text first, DraftParagraph section, string baseUrl)
    {
        var format = first.Ancestors<Run>().FirstOrDefault()?.RunProperties;
        foreach (var child in paragraph.ChildElements.Where(c => c is not ParagraphProperties).ToList())
        {
            child.Remove();
        }
        foreach (var segment in section.Segments)
        {
            if (AbsoluteLink(baseUrl, segment) is { } url)
            {
                var properties = (RunProperties?)format?.CloneNode(true) ?? new RunProperties();
                properties.Color = new Color { Val = "0563C1" };
                properties.Underline = new Underline { Val = UnderlineValues.Single };
                var id = main.AddHyperlinkRelationship(new Uri(url, UriKind.Absolute), true).Id;
                paragraph.AppendChild(new Hyperlink(NewRun(properties, segment.Text)) { Id = id, History = true });
            }
            else
            {
                paragraph.AppendChild(NewRun((RunProperties?)format?.CloneNode(true), segment.Text));
            }
        }
    }

    private static Run NewRun(RunProperties? properties, string text)
    {
        var run = new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
        if (properties is not null)
        {
            run.PrependChild(properties);
        }
        return run;
    }
}
