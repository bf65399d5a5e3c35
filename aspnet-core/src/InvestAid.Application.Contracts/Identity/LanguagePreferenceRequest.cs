namespace InvestAid.Identity;

/// <summary>The language of the e-mails and notifications the user gets: <c>vi</c> or <c>en</c>.</summary>
public sealed record LanguagePreferenceRequest(string Language);
