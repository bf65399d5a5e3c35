namespace InvestAid.Decisions;

public interface IDecisionModelRepository
{
    /// <summary>Adds a draft as the next version of its key; returns it with that version.</summary>
    Task<DecisionModelInfo> AddDraftAsync(DecisionModelInfo draft, string xml, CancellationToken cancellationToken);

    Task<IReadOnlyList<DecisionModelInfo>> ListAsync(string? key, CancellationToken cancellationToken);

    Task<string?> FindXmlAsync(string key, int version, CancellationToken cancellationToken);

    /// <summary>Draft → Published; false when the row was no longer a draft.</summary>
    Task<bool> PublishAsync(string key, int version, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// The published file holding the decision: exactly <paramref name="version"/> if given, else the one published
    /// last, at or before <paramref name="publishedBy"/> when that is given.
    /// </summary>
    Task<(DecisionModelInfo Model, string Xml)?> FindPublishedAsync(string decisionKey, int? version, DateTimeOffset? publishedBy, CancellationToken cancellationToken);
}
