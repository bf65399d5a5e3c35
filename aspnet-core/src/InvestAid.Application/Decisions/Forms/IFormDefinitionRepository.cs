namespace InvestAid.Decisions.Forms;

public interface IFormDefinitionRepository
{
    /// <summary>Adds a draft as the next version of its key; returns it with that version.</summary>
    Task<FormDefinitionInfo> AddDraftAsync(FormDefinitionInfo draft, string schema, CancellationToken cancellationToken);

    Task<IReadOnlyList<FormDefinitionInfo>> ListAsync(string? key, CancellationToken cancellationToken);

    Task<string?> FindSchemaAsync(string key, int version, CancellationToken cancellationToken);

    /// <summary>Draft → Published; false when the row was no longer a draft.</summary>
    Task<bool> PublishAsync(string key, int version, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// The published form of <paramref name="key"/> (or, when <paramref name="fileName"/> is given, the form uploaded under that
    /// file name first): exactly <paramref name="version"/> if given, else the one published last, at or before
    /// <paramref name="publishedBy"/> when that is given.
    /// </summary>
    Task<(FormDefinitionInfo Form, string Schema)?> FindPublishedAsync(
        string key, string? fileName, int? version, DateTimeOffset? publishedBy, CancellationToken cancellationToken);
}
