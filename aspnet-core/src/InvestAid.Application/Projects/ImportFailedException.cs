namespace InvestAid.Projects;

/// <summary>An uploaded sheet had errors; nothing of it was imported.</summary>
public sealed class ImportFailedException(IReadOnlyList<ImportRowError> errors)
    : Exception($"Tệp có {errors.Count} lỗi; chưa nhập dòng nào.")
{
    public IReadOnlyList<ImportRowError> Errors { get; } = errors;
}
