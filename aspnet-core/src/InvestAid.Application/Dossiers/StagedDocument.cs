namespace InvestAid.Dossiers;

/// <summary>An upload copied to the store's staging folder, hashed, not yet placed.</summary>
public sealed record StagedDocument(string Path, string Sha256, long Size);
