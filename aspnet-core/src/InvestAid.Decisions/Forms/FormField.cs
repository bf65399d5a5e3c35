namespace InvestAid.Decisions.Forms;

/// <summary>An input component of a form-js schema and the constraints the server checks.</summary>
public sealed record FormField(
    string Key, string Type, string? Label, bool Required, decimal? Min, decimal? Max, int? MinLength, int? MaxLength, string? Pattern,
    string? ValidationType, IReadOnlyList<string>? Options, string? Subtype)
{
    public string DisplayName => string.IsNullOrWhiteSpace(Label) ? Key : Label;
}
