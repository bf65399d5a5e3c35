namespace InvestAid.Projects;

/// <summary>Field limits shared by the EF configuration, the validators and the API document.</summary>
public static class ProjectConsts
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 512;
    public const int MaxNationalCodeLength = 32;
}
