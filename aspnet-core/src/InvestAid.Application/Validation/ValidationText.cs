using System.Globalization;
using FluentValidation;

namespace InvestAid.Validation;

/// <summary>
/// Validation messages by key (ValidationMessages.json), in the request's language, through FluentValidation's language manager.
/// A template with arguments uses {0}, {1} … (formatted in the request's culture); one without may use FluentValidation's own
/// placeholders ({PropertyValue}, {MaxLength} …), which the rule fills in.
/// </summary>
public static class ValidationText
{
    public static string Get(string key) => ValidatorOptions.Global.LanguageManager.GetString(key);

    public static string Format(string key, params object?[] args) =>
        string.Format(Culture, Get(key), args);

    /// <summary>The culture numbers and dates in messages are written in: en-US for an English request, vi-VN otherwise.</summary>
    public static CultureInfo Culture =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? CultureInfo.GetCultureInfo("en-US") : CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The rule's message is the text of <paramref name="key"/>, looked up when the rule fails (so in that request's language).</summary>
    public static IRuleBuilderOptions<T, TProperty> WithMessageKey<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, string key) =>
        rule.WithMessage(_ => Get(key));

    public static IRuleBuilderOptions<T, TProperty> WithMessageKey<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, string key, params object?[] args) =>
        rule.WithMessage(_ => Format(key, args));

    public static IRuleBuilderOptions<T, TProperty> WithMessageKey<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, string key, Func<T, object?[]> args) =>
        rule.WithMessage(x => Format(key, args(x)));

    /// <summary>A one-field failure with the text of <paramref name="key"/> (for rules checked outside a validator).</summary>
    public static ValidationException Invalid(string field, string key, params object?[] args) =>
        new([new FluentValidation.Results.ValidationFailure(field, args.Length == 0 ? Get(key) : Format(key, args))]);
}
