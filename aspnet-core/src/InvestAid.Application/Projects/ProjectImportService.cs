using InvestAid.Audit;
using InvestAid.Common;
using InvestAid.ReferenceData;
using MiniExcelLibs;

namespace InvestAid.Projects;

/// <summary>
/// Bulk registration from an Excel sheet: every row is read and validated first; a sheet with any
/// bad row imports nothing and answers every row's errors; a good sheet imports in one transaction.
/// </summary>
public sealed class ProjectImportService(
    IProjectRepository projects,
    IProjectBulkWriter bulk,
    IReferenceCodeQueries referenceCodes,
    IUnitOfWork unitOfWork,
    AuditRecorder audit,
    ICurrentUser user,
    TimeProvider clock)
{
    public const int MaxRows = 200_000;

    public async Task<ImportResultDto> ImportAsync(Stream xlsx, CancellationToken ct = default)
    {
        var rows = ReadRows(xlsx);
        var codes = await referenceCodes.LoadAsync(ProjectAppService.ValidatedKinds, ct);
        var validator = new CreateProjectRequestValidator(codes);
        var errors = new List<ImportRowError>();
        var requests = new List<CreateProjectRequest>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var rowNumber = i + 2; // row 1 holds the headers
            var rowErrors = new List<ImportRowError>();
            var request = new ProjectImportRowReader(rows[i], rowNumber, rowErrors).Read();
            if (rowErrors.Count == 0)
            {
                foreach (var failure in validator.Validate(request).Errors)
                {
                    rowErrors.Add(new(rowNumber, ProjectImportColumns.ForField(failure.PropertyName), failure.ErrorMessage));
                }
            }
            errors.AddRange(rowErrors);
            requests.Add(request);
            ct.ThrowIfCancellationRequested();
        }
        if (rows.Count == 0)
        {
            errors.Add(new(2, ProjectImportColumns.NameVi, "Tệp không có dòng dữ liệu nào."));
        }
        if (errors.Count > 0)
        {
            throw new ImportFailedException(errors);
        }

        var now = clock.GetUtcNow();
        var today = VietnamTime.Today(clock);
        await unitOfWork.ExecuteInTransactionAsync(async token =>
        {
            var numbers = new Dictionary<(string Series, int Year), int>();
            foreach (var group in requests.GroupBy(r => (ProjectCodes.Series(r.Kind), YearOf(r, today))))
            {
                numbers[group.Key] = await projects.NextNumberAsync(group.Key.Item1, group.Key.Item2, token, group.Count());
            }
            var created = new List<Project>(requests.Count);
            foreach (var request in requests)
            {
                var key = (ProjectCodes.Series(request.Kind), YearOf(request, today));
                var number = numbers[key]++;
                var project = new Project(ProjectCodes.Format(key.Item1, key.Item2, number), request.Kind, request.ToProfile(), now);
                if (request is { Kind: ProjectKind.Fdi, RegisteredCapitalUsd: { } capitalUsd, Fdi.IrcDate: { } ircDate })
                {
                    project.RecordCapitalEvent(CapitalEventType.NewRegistration, ircDate, capitalUsd, request.RegisteredCapitalVnd ?? 0m,
                        request.Fdi.IrcNumber, "Nhập từ tệp Excel", null, now, user.Name);
                }
                created.Add(project);
            }
            await bulk.WriteAsync(created, token);
            audit.Record(ProjectAppService.EntityType, Guid.Empty, AuditAction.Created, null,
                new { rows = created.Count, first = created[0].Code, last = created[^1].Code },
                $"Nhập {created.Count} dự án từ tệp Excel");
            await unitOfWork.SaveChangesAsync(token);
        }, ct);
        return new ImportResultDto(requests.Count, []);
    }

    /// <summary>The template: the headers and one example row per kind of project.</summary>
    public static byte[] Template()
    {
        var example = new List<Dictionary<string, object?>>
        {
            Row(("Loại dự án", "FDI"), ("Tên dự án (tiếng Việt)", "Nhà máy linh kiện điện tử Hanul"), ("Chủ đầu tư / chủ dự án", "Công ty TNHH Hanul Việt Nam"),
                ("Nhà đầu tư nước ngoài", "Hanul Electronics Co., Ltd."), ("Quốc tịch nhà đầu tư", "KR"), ("Số GCNĐKĐT", "7663471826"),
                ("Ngày cấp GCNĐKĐT", "15/03/2026"), ("Vốn đăng ký (USD)", 12500000m), ("Vốn đăng ký (VND)", 318750000000m), ("Ngành VSIC", "26")),
            Row(("Loại dự án", "ODA"), ("Tên dự án (tiếng Việt)", "Nâng cấp đê tả sông Luộc"), ("Nhà tài trợ", "WB"), ("Số hiệp định", "Cr.7012-VN"),
                ("Ngày ký hiệp định", "20/06/2024"), ("Loại tiền", "USD"), ("Vốn ODA", 45000000m), ("Vốn vay ưu đãi", 0m), ("Vốn đối ứng", 5000000m),
                ("Tỷ giá USD", 1m), ("Tỷ giá VND", 25400m)),
            Row(("Loại dự án", "NGO"), ("Tên dự án (tiếng Việt)", "Trang thiết bị cho Bệnh viện Đa khoa tỉnh"), ("Nhà tài trợ", "BIDMC"),
                ("Loại hình viện trợ", "Dự án"), ("Giá trị cam kết", 150000m), ("Loại tiền", "USD"), ("Tỷ giá USD", 1m), ("Lĩnh vực", "12191")),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(example, sheetName: "Dự án");
        return stream.ToArray();

        static Dictionary<string, object?> Row(params (string Column, object? Value)[] values)
        {
            var row = ProjectImportColumns.All.ToDictionary(c => c, _ => (object?)null);
            foreach (var (column, value) in values)
            {
                row[column] = value;
            }
            return row;
        }
    }

    private static List<IDictionary<string, object?>> ReadRows(Stream xlsx)
    {
        if (xlsx.CanSeek && XlsxSheetPrecheck.Problem(xlsx, MaxRows) is { } tooBig)
        {
            throw new ImportFailedException([new(MaxRows + 2, ProjectImportColumns.NameVi, tooBig)]);
        }
        try
        {
            var rows = new List<IDictionary<string, object?>>();
            foreach (IDictionary<string, object?> row in xlsx.Query(useHeaderRow: true))
            {
                if (row.Values.All(v => v is null || (v is string s && string.IsNullOrWhiteSpace(s))))
                {
                    continue;
                }
                rows.Add(row);
                if (rows.Count > MaxRows)
                {
                    throw new ImportFailedException([new(MaxRows + 2, ProjectImportColumns.NameVi, $"Một tệp nhập tối đa {MaxRows:N0} dòng.")]);
                }
            }
            return rows;
        }
        catch (Exception ex) when (ex is not ImportFailedException and not OperationCanceledException)
        {
            throw new ImportFailedException([new(1, "", "Không đọc được tệp Excel (.xlsx). Hãy dùng tệp mẫu.")]);
        }
    }

    private static int YearOf(CreateProjectRequest r, DateOnly today) =>
        (r.Fdi?.IrcDate ?? r.Oda?.AgreementDate ?? r.Ngo?.ApprovalDate ?? today).Year;
}
