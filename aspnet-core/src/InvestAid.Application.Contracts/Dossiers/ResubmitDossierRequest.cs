namespace InvestAid.Dossiers;

/// <summary>The applicant brought the supplemented dossier back on <see cref="On"/> (default today); the clock resumes.</summary>
public sealed record ResubmitDossierRequest(DateOnly? On = null);
