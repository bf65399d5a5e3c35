namespace InvestAid.Projects;

/// <summary>Field limits shared by the EF configuration, the validators and the API document.</summary>
public static class ProjectConsts
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 512;
    public const int MaxNationalCodeLength = 32;
    public const int MaxPartyNameLength = 256;
    public const int MaxAddressLength = 512;
    public const int MaxObjectivesLength = 4000;
    public const int MaxDocumentNumberLength = 64;
    public const int MaxNoteLength = 2000;
    public const int MaxInvestors = 50;
    public const int MaxPageSize = 200;
    public const int DefaultPageSize = 20;

    /// <summary>No single project in a province is anywhere near this; larger is a typing error.</summary>
    public const decimal MaxAmountUsd = 100_000_000_000m;
    public const decimal MaxAmountVnd = 3_000_000_000_000_000m;
    public const decimal MaxAmount = 3_000_000_000_000_000m;
    public static readonly DateOnly MinDate = new(1988, 1, 1); // the first Law on Foreign Investment took effect in 1988
    public static readonly DateOnly MaxDate = new(2100, 12, 31);
}
