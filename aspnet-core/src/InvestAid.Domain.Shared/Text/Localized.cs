using System.Globalization;

namespace InvestAid.Text;

/// <summary>
/// The language of the request (Accept-Language, which the web app sends from the user's choice), set as the
/// UI culture by the host. Vietnamese unless English was asked for.
/// </summary>
public static class Localized
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The Vietnamese or the English text of a message, by the request's language.</summary>
    public static string Pick(string vi, string en) => IsEnglish ? en : vi;
}
