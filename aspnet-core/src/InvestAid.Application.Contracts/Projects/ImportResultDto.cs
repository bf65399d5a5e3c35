namespace InvestAid.Projects;

public sealed record ImportResultDto(int Imported, IReadOnlyList<ImportRowError> Errors);

/// <summary>What is wrong with one cell of an uploaded sheet (row as Excel numbers it, column by its header).</summary>
public sealed record ImportRowError(int Row, string Column, string Message);
