namespace InvestAid.ReferenceData;

public static class ReferenceConsts
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 256;
    public const int MaxCategoryLength = 32;
}
