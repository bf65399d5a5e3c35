using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace InvestAid.Reports.Excel;

/// <summary>The cell styles of the report workbook; the enum value is the index into the stylesheet's cell formats.</summary>
public enum CellStyle : uint
{
    Default = 0,
    Title = 1,
    Header = 2,
    Text = 3,
    Count = 4,
    Money = 5,
    BoldText = 6,
    BoldMoney = 7,
    ItalicCentered = 8,
    BoldCentered = 9,
    ItalicRight = 10,
    BoldCount = 11,
    CenteredText = 12,
}

internal static class SpreadsheetStyles
{
    /// <summary>Two decimals with thousands separators; Excel shows them in the reader's culture (1.628,89 in vi-VN).</summary>
    public const string MoneyFormat = "#,##0.00";
    private const uint MoneyFormatId = 164;
    private const uint CountFormatId = 3; // built-in "#,##0"

    public static Stylesheet Build()
    {
        var fonts = new Fonts(
            Font(bold: false, italic: false, size: 12),
            Font(bold: true, italic: false, size: 12),
            Font(bold: false, italic: true, size: 12),
            Font(bold: true, italic: false, size: 14));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }));
        var borders = new Borders(
            new Border(),
            new Border(
                new LeftBorder { Style = BorderStyleValues.Thin },
                new RightBorder { Style = BorderStyleValues.Thin },
                new TopBorder { Style = BorderStyleValues.Thin },
                new BottomBorder { Style = BorderStyleValues.Thin },
                new DiagonalBorder()));
        var formats = new CellFormats(
            Format(0, 0, 0, null, false),                                              // Default
            Format(3, 0, 0, HorizontalAlignmentValues.Center, true),                   // Title
            Format(1, 1, 0, HorizontalAlignmentValues.Center, true),                   // Header
            Format(0, 1, 0, HorizontalAlignmentValues.Left, true),                     // Text
            Format(0, 1, CountFormatId, HorizontalAlignmentValues.Right, false),       // Count
            Format(0, 1, MoneyFormatId, HorizontalAlignmentValues.Right, false),       // Money
            Format(1, 1, 0, HorizontalAlignmentValues.Left, true),                     // BoldText
            Format(1, 1, MoneyFormatId, HorizontalAlignmentValues.Right, false),       // BoldMoney
            Format(2, 0, 0, HorizontalAlignmentValues.Center, false),                  // ItalicCentered
            Format(1, 0, 0, HorizontalAlignmentValues.Center, true),                   // BoldCentered
            Format(2, 0, 0, HorizontalAlignmentValues.Right, false),                   // ItalicRight
            Format(1, 1, CountFormatId, HorizontalAlignmentValues.Right, false),       // BoldCount
            Format(0, 1, 0, HorizontalAlignmentValues.Center, false));                 // CenteredText
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = MoneyFormatId, FormatCode = MoneyFormat }) { Count = 1 },
            fonts, fills, borders,
            new CellStyleFormats(new CellFormat()),
            formats);
    }

    private static Font Font(bool bold, bool italic, double size)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }
        if (italic)
        {
            font.Append(new Italic());
        }
        font.Append(new FontSize { Val = size });
        font.Append(new FontName { Val = "Times New Roman" });
        return font;
    }

    private static CellFormat Format(uint font, uint border, uint numberFormat, HorizontalAlignmentValues? horizontal, bool wrap) =>
        new(new Alignment { Horizontal = horizontal, Vertical = VerticalAlignmentValues.Center, WrapText = wrap })
        {
            FontId = font,
            BorderId = border,
            FillId = 0,
            NumberFormatId = numberFormat,
            ApplyFont = true,
            ApplyBorder = border != 0,
            ApplyNumberFormat = numberFormat != 0,
            ApplyAlignment = true,
        };

    public static BooleanValue True => new(true);
}
