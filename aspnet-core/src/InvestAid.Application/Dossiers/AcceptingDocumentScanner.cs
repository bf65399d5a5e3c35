namespace InvestAid.Dossiers;

/// <summary>The default scanner: accepts everything. Replace it with a real scanner where one runs.</summary>
public sealed class AcceptingDocumentScanner : IDocumentScanner
{
    public Task<bool> IsCleanAsync(Stream content, CancellationToken cancellationToken) => Task.FromResult(true);
}
