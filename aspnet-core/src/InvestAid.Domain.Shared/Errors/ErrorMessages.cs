using System.Reflection;
using System.Text.Json;
using InvestAid.Text;

namespace InvestAid.Errors;

/// <summary>
/// The words for people of each stable error code, in Vietnamese and English, from the resource file
/// ErrorMessages.json; the request's language picks one.
/// </summary>
public static class ErrorMessages
{
    public sealed record Text(string Title, string Detail);

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, Text>>> Catalog = new(Load);

    /// <summary>Every code a ProblemDetails can carry (the constants of the *ErrorCodes classes).</summary>
    public static IReadOnlyList<string> AllCodes { get; } =
        new[] { typeof(ErrorCodes), typeof(Dossiers.DossierErrorCodes), typeof(Workflows.WorkflowErrorCodes) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Distinct()
            .ToList();

    /// <summary>The texts of <paramref name="code"/> in <paramref name="language"/> ("vi" or "en"), or null.</summary>
    public static Text? Find(string code, string language) =>
        Catalog.Value.TryGetValue(code, out var byLanguage) && byLanguage.TryGetValue(language, out var text) ? text : null;

    /// <summary>The texts of <paramref name="code"/> in the request's language, or null for a code with none.</summary>
    public static Text? For(string code) => Find(code, Localized.IsEnglish ? "en" : "vi");

    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, Text>> Load()
    {
        using var stream = typeof(ErrorMessages).Assembly.GetManifestResourceStream("InvestAid.Errors.ErrorMessages.json")
            ?? throw new InvalidOperationException("The resource ErrorMessages.json is missing.");
        var raw = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, Dictionary<string, string>>>>(stream)!;
        return raw.ToDictionary(
            c => c.Key,
            c => (IReadOnlyDictionary<string, Text>)c.Value.ToDictionary(l => l.Key, l => new Text(l.Value["title"], l.Value["detail"])));
    }
}
