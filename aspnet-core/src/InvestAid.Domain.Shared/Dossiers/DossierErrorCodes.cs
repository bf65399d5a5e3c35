namespace InvestAid.Dossiers;

/// <summary>Stable ProblemDetails codes of dossiers and their documents.</summary>
public static class DossierErrorCodes
{
    public const string DocumentTypeNotAllowed = "dossier.document-type-not-allowed";
    public const string DocumentRejectedByScanner = "dossier.document-rejected";
    public const string DocumentTooLarge = "dossier.document-too-large";
    public const string ProcedureKindMismatch = "dossier.procedure-kind-mismatch";
}
