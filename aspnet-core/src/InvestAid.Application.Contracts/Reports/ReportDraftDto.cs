namespace InvestAid.Reports;

/// <summary>
/// The FDI, ODA and NGO paragraphs of the department's periodic report for a period, drafted in Vietnamese and in English from
/// the same queries as the report tables. Each paragraph is a list of segments: plain text, or a figure with the key it stands
/// for, the page that shows the rows behind it and the codes of those rows.
/// </summary>
public sealed record ReportDraftDto(DateOnly From, DateOnly To, IReadOnlyList<DraftParagraph> Vi, IReadOnlyList<DraftParagraph> En);

/// <summary>One paragraph: <see cref="Section"/> is fdi, oda or ngo; <see cref="Text"/> the segments joined.</summary>
public sealed record DraftParagraph(string Section, string Heading, IReadOnlyList<DraftSegment> Segments)
{
    public string Text => string.Concat(Segments.Select(s => s.Text));
}

/// <summary>A run of text; a figure has its <see cref="Key"/>, its <see cref="Link"/> (the report page at its rows) and the <see cref="Rows"/> codes.</summary>
public sealed record DraftSegment(string Text, string? Key = null, string? Link = null, IReadOnlyList<string>? Rows = null);
