namespace InvestAid.Legal;

public static class LegalConsts
{
    public const int MaxNameLength = 64;
    public const int MaxTitleLength = 300;
    public const int MaxValueLength = 32;
    public const int MaxDocumentNumberLength = 64;
    public const int MaxArticleLength = 64;
    public const int MaxNoteLength = 2000;

    /// <summary>A parameter's name as models write it after <c>legal.</c>: a JavaScript identifier.</summary>
    public const string NamePattern = "^[a-z][A-Za-z0-9]{1,63}$";

    /// <summary>The instance variable that carries the parameters in force on the receipt date.</summary>
    public const string Variable = "legal";
}
