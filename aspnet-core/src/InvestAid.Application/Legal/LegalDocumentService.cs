using System.Text.RegularExpressions;
using InvestAid.Workflows;

namespace InvestAid.Legal;

/// <summary>
/// The "Căn cứ pháp lý" list: each legal document with the procedure versions whose legal basis names it and the parameters that cite
/// it, and how much of it is unconfirmed.
/// </summary>
public sealed class LegalDocumentService(ILegalRepository repository, IWorkflowDefinitionRepository definitions)
{
    public async Task<IReadOnlyList<LegalDocumentDto>> ListAsync(CancellationToken ct)
    {
        var documents = await repository.ListDocumentsAsync(ct);
        var titles = documents.ToDictionary(d => d.Number, d => d.TitleVi);
        var versions = (await repository.ListVersionsAsync(null, false, ct)).GroupBy(v => v.Name)
            .SelectMany(g =>
            {
                var ordered = g.OrderBy(v => v.EffectiveFrom).ToList();
                return ordered.Select((v, i) => v.ToDto(i + 1 < ordered.Count ? ordered[i + 1].EffectiveFrom.AddDays(-1) : null, titles));
            }).ToList();
        var procedures = (await definitions.ListAsync(null, ct)).Where(d => d.Status != WorkflowDefinitionStatus.Draft).ToList();
        return [.. documents.OrderBy(d => d.EffectiveFrom ?? d.IssuedOn ?? DateOnly.MaxValue).ThenBy(d => d.Number).Select(d =>
        {
            var citing = procedures.Where(p => Cites(p.LegalBasis, d.Number))
                .Select(p => p.ToCitingDto(MentionsUnconfirmed(p.LegalBasis)))
                .OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Version).ToList();
            var parameters = versions.Where(v => v.Citation.DocumentNumber == d.Number).OrderBy(v => v.Name, StringComparer.Ordinal).ThenBy(v => v.EffectiveFrom).ToList();
            var unconfirmed = (d.Status == LegalStatus.Unconfirmed ? 1 : 0) + parameters.Count(p => p.Status == LegalStatus.Unconfirmed)
                + citing.Count(p => p.MentionsUnconfirmed);
            return d.ToDto(citing, parameters, unconfirmed);
        })];
    }

    /// <summary>A legal basis names a document by its number and year ("239/2025"), whatever the suffix's spelling (NĐ-CP, ND-CP).</summary>
    internal static bool Cites(string? legalBasis, string number)
    {
        if (string.IsNullOrEmpty(legalBasis))
        {
            return false;
        }
        var head = string.Join('/', number.Split('/').Take(2));
        return Regex.IsMatch(legalBasis, $@"(?<![0-9]){Regex.Escape(head)}(?![0-9])");
    }

    internal static bool MentionsUnconfirmed(string? legalBasis) =>
        legalBasis is not null && (legalBasis.Contains("chưa xác nhận", StringComparison.OrdinalIgnoreCase)
            || legalBasis.Contains("unconfirmed", StringComparison.OrdinalIgnoreCase));
}
