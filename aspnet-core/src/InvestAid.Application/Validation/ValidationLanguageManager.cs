using System.Globalization;
using System.Text.Json;
using FluentValidation.Resources;

namespace InvestAid.Validation;

/// <summary>
/// FluentValidation's language manager with our own messages added from the resource ValidationMessages.json (key → vi, en).
/// The request's language picks the text: English when the request is English, Vietnamese otherwise (a background job without
/// a request culture gets Vietnamese too). FluentValidation's built-in messages (NotEmpty, MaximumLength …) follow the same rule.
/// </summary>
public sealed class ValidationLanguageManager : LanguageManager
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public ValidationLanguageManager()
    {
        foreach (var (key, texts) in Catalog.Value)
        {
            foreach (var (language, text) in texts)
            {
                AddTranslation(language, key, text);
            }
        }
    }

    /// <summary>Every key of the resource with its texts by language ("vi", "en").</summary>
    public static Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> Catalog { get; } = new(Load);

    public override string GetString(string key, CultureInfo? culture = null)
    {
        var language = (culture ?? Culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName == "en" ? English : Vietnamese;
        return base.GetString(key, language);
    }

    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Load()
    {
        using var stream = typeof(ValidationLanguageManager).Assembly.GetManifestResourceStream("InvestAid.Validation.ValidationMessages.json")
            ?? throw new InvalidOperationException("The resource ValidationMessages.json is missing.");
        var raw = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(stream)!;
        return raw.ToDictionary(k => k.Key, k => (IReadOnlyDictionary<string, string>)k.Value);
    }
}
