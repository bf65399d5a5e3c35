using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace InvestAid.TestBase;

/// <summary>Real documents for upload tests, written by a PDF library so that they parse as a reader parses them.</summary>
public static class TestDocuments
{
    /// <summary>A one-page PDF saying <paramref name="text"/>.</summary>
    public static byte[] Pdf(string text = "Ho so thu nghiem")
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        page.AddText(text, 12, new PdfPoint(25, 700), font);
        return builder.Build();
    }
}
