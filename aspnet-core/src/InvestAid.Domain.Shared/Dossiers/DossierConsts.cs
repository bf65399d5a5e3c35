namespace InvestAid.Dossiers;

public static class DossierConsts
{
    public const int MaxProcedureKeyLength = 100;
    public const int MaxApplicantNameLength = 300;
    public const int MaxApplicantContactLength = 300;
    public const int MaxFileNameLength = 255;
    public const int MaxContentTypeLength = 120;
    public const int MaxDecisionNumberLength = 60;

    /// <summary>Largest document accepted: 25 MB.</summary>
    public const long MaxDocumentBytes = 25L * 1024 * 1024;
}
