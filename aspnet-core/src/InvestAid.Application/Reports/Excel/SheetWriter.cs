using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace InvestAid.Reports.Excel;

/// <summary>Collects the cells, merges and column widths of one worksheet, then writes them in the order SpreadsheetML requires.</summary>
internal sealed class SheetWriter(string name)
{
    private readonly SortedDictionary<int, SortedDictionary<int, Cell>> _rows = [];
    private readonly List<string> _merges = [];
    private readonly List<double> _widths = [];

    public string Name { get; } = name;

    public SheetWriter Widths(params double[] widths)
    {
        _widths.AddRange(widths);
        return this;
    }

    public void Text(int row, int column, string? text, CellStyle style = CellStyle.Text) =>
        Put(row, column, new Cell { DataType = CellValues.String, CellValue = new CellValue(text ?? ""), StyleIndex = (uint)style });

    public void Number(int row, int column, decimal? value, CellStyle style = CellStyle.Money)
    {
        var cell = new Cell { StyleIndex = (uint)style };
        if (value is { } v)
        {
            cell.DataType = CellValues.Number;
            cell.CellValue = new CellValue(v);
        }
        Put(row, column, cell);
    }

    /// <summary>Merges the range and gives the cells under it the first cell's style, so borders run through.</summary>
    public void Merge(int row, int fromColumn, int toColumn, string? text, CellStyle style)
    {
        Text(row, fromColumn, text, style);
        for (var c = fromColumn + 1; c <= toColumn; c++)
        {
            Put(row, c, new Cell { StyleIndex = (uint)style });
        }
        _merges.Add($"{Reference(row, fromColumn)}:{Reference(row, toColumn)}");
    }

    public void WriteTo(WorkbookPart workbook, Sheets sheets, uint sheetId)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        foreach (var (rowIndex, cells) in _rows)
        {
            var row = new Row { RowIndex = (uint)rowIndex };
            foreach (var (column, cell) in cells)
            {
                cell.CellReference = Reference(rowIndex, column);
                row.Append(cell);
            }
            data.Append(row);
        }
        var worksheet = new Worksheet();
        if (_widths.Count > 0)
        {
            worksheet.Append(new Columns(_widths.Select((w, i) => new Column
            {
                Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true,
            })));
        }
        worksheet.Append(data);
        if (_merges.Count > 0)
        {
            worksheet.Append(new MergeCells(_merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)_merges.Count });
        }
        worksheet.Append(new PageMargins { Left = 0.6, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        part.Worksheet = worksheet;
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId, Name = Name });
    }

    public static string Reference(int row, int column)
    {
        var letters = "";
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + (c - 1) % 26) + letters;
        }
        return letters + row;
    }

    private void Put(int row, int column, Cell cell)
    {
        if (!_rows.TryGetValue(row, out var cells))
        {
            _rows[row] = cells = [];
        }
        cells[column] = cell;
    }
}

/// <summary>A workbook of sheets, saved to bytes.</summary>
internal static class WorkbookWriter
{
    public static byte[] Save(IEnumerable<SheetWriter> sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = SpreadsheetStyles.Build();
            var list = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var sheet in sheets)
            {
                sheet.WriteTo(workbook, list, id++);
            }
        }
        return stream.ToArray();
    }
}
