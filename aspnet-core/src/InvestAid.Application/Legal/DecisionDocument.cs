using System.Globalization;
using System.Text;

namespace InvestAid.Dossiers;

/// <summary>
/// The decision of a dossier as a printable page: the decision, its legal basis and, at the foot, the signature block in the form of
/// Decree 30/2020/ND-CP — the head's title, or "KT. {head}" / "TL. {head}" above the signer's own title when a deputy or a subordinate
/// signs on the head's behalf — then the signer's name. The submission (tờ trình) signature is listed below it.
/// </summary>
public static class DecisionDocument
{
    public static string Html(DossierDto dossier)
    {
        var h = new StringBuilder();
        h.Append("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Quyết định</title>")
            .Append("<style>body{font-family:'Times New Roman',serif;max-width:720px;margin:32px auto}h1{text-align:center;font-size:18px}")
            .Append(".sign{margin-left:55%;text-align:center}.sign .role{font-weight:bold;text-transform:uppercase}.small{font-size:13px;color:#444}</style></head><body>");
        h.Append("<h1>QUYẾT ĐỊNH</h1>");
        h.Append("<p>Về việc: ").Append(E(dossier.ProcedureKey)).Append(" – ").Append(E(dossier.ProjectName)).Append(" (").Append(E(dossier.ProjectCode)).Append(")</p>");
        h.Append("<p>Số: ").Append(E(dossier.DecisionNumber ?? "……")).Append(" · Ngày: ")
            .Append(dossier.DecisionDate?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "……").Append("</p>");
        h.Append("<p class=\"small\">Căn cứ: ").Append(E(dossier.LegalBasis ?? "")).Append("</p>");
        h.Append("<p>Kết quả: ").Append(dossier.Status switch
        {
            DossierStatus.Approved => "Chấp thuận",
            DossierStatus.Rejected => "Không chấp thuận",
            _ => "Chưa có quyết định",
        }).Append("</p>");
        var signatures = dossier.Signatures ?? [];
        if (signatures.LastOrDefault(s => s.Step == "decide") is { } decision)
        {
            h.Append("<div class=\"sign\" data-testid=\"decision-signature\">").Append(Block(decision)).Append("</div>");
        }
        foreach (var s in signatures.Where(s => s.Step != "decide"))
        {
            h.Append("<p class=\"small\">Tờ trình do ").Append(E(Line(s))).Append(" ký.</p>");
        }
        return h.Append("</body></html>").ToString();
    }

    /// <summary>The signature block's lines, e.g. "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / name.</summary>
    public static string Block(SignatureDto s)
    {
        var b = new StringBuilder();
        if (s.Mode is "KT" or "TL")
        {
            b.Append("<div class=\"role\">").Append(s.Mode).Append(". ").Append(E((s.OnBehalfOfTitle ?? s.OnBehalfOfName ?? "").ToUpperInvariant())).Append("</div>");
        }
        b.Append("<div class=\"role\">").Append(E((s.SignerTitle ?? "").ToUpperInvariant())).Append("</div>");
        b.Append("<br><br><div><strong>").Append(E(s.SignerName ?? "")).Append("</strong></div>");
        if (s.Mode is "KT" or "TL" && s.OnBehalfOfName is not null)
        {
            b.Append("<div class=\"small\">(").Append(s.Mode == "KT" ? "ký thay " : "ký thừa lệnh ").Append(E(s.OnBehalfOfName)).Append(")</div>");
        }
        return b.ToString();
    }

    private static string Line(SignatureDto s) =>
        (s.Mode is "KT" or "TL" ? $"{s.Mode}. {s.OnBehalfOfTitle ?? s.OnBehalfOfName} – " : "") + $"{s.SignerTitle} {s.SignerName}".Trim();

    /// <summary>Escapes only what HTML needs, so Vietnamese letters stay readable in the page source (it is served as UTF-8).</summary>
    private static string E(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
