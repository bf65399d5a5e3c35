using InvestAid.Errors;
using InvestAid.Text;
using Microsoft.AspNetCore.Mvc;

namespace InvestAid.Hosting;

/// <summary>
/// Puts a ProblemDetails in the request's language: the title always from the error code's resource texts; in an
/// English request, a detail still written in Vietnamese (domain rules word their reasons in Vietnamese) is replaced
/// by the code's English detail, so an English screen never shows Vietnamese.
/// </summary>
public static class ProblemLanguage
{
    public static void Apply(ProblemDetails problem)
    {
        if (problem.Extensions.TryGetValue("code", out var value) && value is string code && ErrorMessages.For(code) is { } text)
        {
            problem.Title = text.Title;
            if (problem.Detail is null || (Localized.IsEnglish && LooksVietnamese(problem.Detail)))
            {
                problem.Detail = text.Detail;
            }
        }
    }

    /// <summary>Vietnamese letters outside plain ASCII (ă â đ ê ô ơ ư and the tone marks).</summary>
    public static bool LooksVietnamese(string text) =>
        text.Any(c => c is >= '\u00C0' and <= '\u1EF9' && "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư".Contains(c) || c is >= '\u1EA0' and <= '\u1EF9');
}
