using InvestAid.Validation;
using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using InvestAid.Audit;
using InvestAid.Common;
using InvestAid.Projects;
using InvestAid.ReferenceData;
using MiniExcelLibs;

namespace InvestAid.Finance;

/// <summary>Exchange rates as reference data: entered by hand or imported from CSV/Excel (all rows or none), looked up "on or before" a day.</summary>
public sealed class ExchangeRateAppService(
    IExchangeRateRepository rates,
    IReferenceCodeQueries referenceCodes,
    IUnitOfWork unitOfWork,
    AuditRecorder audit,
    TimeProvider clock)
{
    public const string EntityType = "exchange-rate";
    public const int MaxRows = 50_000;
    private static readonly ReferenceKind[] Currencies = [ReferenceKind.Currency];

    public async Task<PagedResult<ExchangeRateDto>> ListAsync(ExchangeRateQuery query, CancellationToken ct = default)
    {
        if (query.PageNumber < 1 || query.Size is < 1 or > 200)
        {
            throw ValidationText.Invalid("pageSize", "common.pageSize", 200);
        }
        var (items, total) = await rates.ListAsync(query.Currency?.ToUpperInvariant(), query.On, (query.PageNumber - 1) * query.Size, query.Size, ct);
        return new PagedResult<ExchangeRateDto>([.. items.Select(FinanceMapper.ToDto)], total, query.PageNumber, query.Size);
    }

    /// <summary>Records the rate of a currency on a day, replacing the one already recorded for that day.</summary>
    public async Task<ExchangeRateDto> SetAsync(ExchangeRateInput input, CancellationToken ct = default)
    {
        var codes = await referenceCodes.LoadAsync(Currencies, ct);
        await new ExchangeRateInputValidator(codes).ValidateAndThrowAsync(input, ct);
        var rate = ToRate(input);
        await rates.UpsertAsync([rate], ct);
        return FinanceMapper.ToDto((await rates.FindAsync(rate.Currency, rate.Date, ct))!);
    }

    /// <summary>Columns <c>currency, date, rateToVnd, rateToUsd</c> (header row), CSV or .xlsx.</summary>
    public async Task<ImportResultDto> ImportAsync(Stream file, bool csv, CancellationToken ct = default)
    {
        var codes = await referenceCodes.LoadAsync(Currencies, ct);
        var validator = new ExchangeRateInputValidator(codes);
        var errors = new List<ImportRowError>();
        var inputs = new List<ExchangeRateInput>();
        var row = 1;
        foreach (IDictionary<string, object?> cells in ReadRows(file, csv))
        {
            row++;
            if (inputs.Count + errors.Count > MaxRows)
            {
                errors.Add(new(row, "", $"Tệp quá {MaxRows} dòng."));
                break;
            }
            var input = Read(cells, row, errors);
            if (input is null)
            {
                continue;
            }
            foreach (var failure in validator.Validate(input).Errors)
            {
                errors.Add(new(row, failure.PropertyName, failure.ErrorMessage));
            }
            inputs.Add(input);
        }
        if (inputs.Count == 0 && errors.Count == 0)
        {
            errors.Add(new(2, "currency", "Tệp không có dòng dữ liệu nào."));
        }
        if (errors.Count > 0)
        {
            throw new ImportFailedException(errors);
        }
        await rates.UpsertAsync([.. inputs.GroupBy(i => (i.Currency.ToUpperInvariant(), i.Date)).Select(g => ToRate(g.Last()))], ct);
        audit.Record(EntityType, Guid.Empty, AuditAction.Created, null, new { count = inputs.Count }, $"Nhập {inputs.Count} tỷ giá");
        await unitOfWork.SaveChangesAsync(ct);
        return new ImportResultDto(inputs.Count, []);
    }

    /// <summary>The sheet's rows; a file that is not the spreadsheet it claims to be is the client's error, not ours.</summary>
    private static List<dynamic> ReadRows(Stream file, bool csv)
    {
        if (!csv && file.CanSeek && InvestAid.Common.XlsxSheetPrecheck.Problem(file, MaxRows) is { } tooBig)
        {
            throw new ImportFailedException([new(1, "", tooBig)]);
        }
        try
        {
            return [.. file.Query(useHeaderRow: true, excelType: csv ? ExcelType.CSV : ExcelType.XLSX)];
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new ImportFailedException([new(1, "", csv ? "Không đọc được tệp CSV." : "Không đọc được tệp Excel (.xlsx). Hãy dùng tệp CSV hoặc .xlsx theo mẫu.")]);
        }
    }

    private ExchangeRate ToRate(ExchangeRateInput input) =>
        new(input.Currency.ToUpperInvariant(), input.Date, input.RateToVnd, input.RateToUsd, clock.GetUtcNow());

    private static ExchangeRateInput? Read(IDictionary<string, object?> cells, int row, List<ImportRowError> errors)
    {
        var byName = cells.ToDictionary(c => c.Key.Trim().ToLowerInvariant(), c => c.Value);
        string? Text(string name) => byName.TryGetValue(name.ToLowerInvariant(), out var v) ? Convert.ToString(v, CultureInfo.InvariantCulture)?.Trim() : null;
        var currency = Text("currency");
        var date = byName.TryGetValue("date", out var d) ? d switch
        {
            DateTime dt => DateOnly.FromDateTime(dt),
            _ when DateOnly.TryParseExact(Convert.ToString(d, CultureInfo.InvariantCulture), ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) => parsed,
            _ => (DateOnly?)null,
        } : null;
        decimal? Number(string name) => decimal.TryParse(Text(name), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;
        var toVnd = Number("rateToVnd");
        var toUsd = Number("rateToUsd");
        var before = errors.Count;
        if (string.IsNullOrEmpty(currency)) errors.Add(new(row, "currency", "Thiếu mã tiền tệ."));
        if (date is null) errors.Add(new(row, "date", "Ngày không đọc được (yyyy-MM-dd hoặc dd/MM/yyyy)."));
        if (toVnd is null) errors.Add(new(row, "rateToVnd", "Tỷ giá không đọc được."));
        if (toUsd is null) errors.Add(new(row, "rateToUsd", "Tỷ giá không đọc được."));
        return errors.Count > before ? null : new ExchangeRateInput(currency!, date!.Value, toVnd!.Value, toUsd!.Value);
    }
}
