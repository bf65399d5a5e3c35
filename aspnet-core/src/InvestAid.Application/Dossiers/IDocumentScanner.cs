namespace InvestAid.Dossiers;

/// <summary>The virus-scan hook: every uploaded file passes here before it is stored (e.g. clamd over its socket).</summary>
public interface IDocumentScanner
{
    /// <returns>True when the content may be stored.</returns>
    Task<bool> IsCleanAsync(Stream content, CancellationToken cancellationToken);
}
