namespace InvestAid.Identity;

/// <summary>The languages a person may choose for what the system sends them (e-mails, notifications).</summary>
public static class UserLanguages
{
    public const string Vietnamese = "vi";
    public const string English = "en";
    public const int MaxLength = 8;

    public static readonly IReadOnlyList<string> All = [Vietnamese, English];

    public static bool IsKnown(string? language) => language is Vietnamese or English;
}
