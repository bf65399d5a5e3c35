using System.Globalization;
using System.Text;

namespace InvestAid.Text;

/// <summary>
/// Folds Vietnamese text for search: lower case, no diacritics, đ → d, runs of white space made one.
/// "Thái Bình" and "thai binh" fold alike, as do "Đông" and "dong". The same fold is stored with
/// every searchable row and applied to the query, so PostgreSQL compares plain ASCII.
/// </summary>
public static class TextFolding
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var folded = c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            };
            if (char.IsWhiteSpace(folded))
            {
                if (!lastWasSpace)
                {
                    sb.Append(' ');
                }
                lastWasSpace = true;
                continue;
            }
            sb.Append(folded);
            lastWasSpace = false;
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>The folded words of a query, each of which must occur.</summary>
    public static IReadOnlyList<string> Terms(string? query) =>
        Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(8).ToArray();
}
