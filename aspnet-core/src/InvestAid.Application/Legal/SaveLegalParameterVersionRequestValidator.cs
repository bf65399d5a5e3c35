using InvestAid.Validation;
using FluentValidation;

namespace InvestAid.Legal;

/// <summary>A version must name a known document, fit its unit, and the parameter's name must be usable in a model (<c>legal.name</c>).</summary>
public sealed class SaveLegalParameterVersionRequestValidator : AbstractValidator<SaveLegalParameterVersionRequest>
{
    public SaveLegalParameterVersionRequestValidator(string name, IReadOnlySet<string> documents)
    {
        RuleFor(r => r).Must(_ => System.Text.RegularExpressions.Regex.IsMatch(name, LegalConsts.NamePattern))
            .OverridePropertyName("name").WithMessageKey("legal.parameterName");
        RuleFor(r => r.TitleVi).NotEmpty().MaximumLength(LegalConsts.MaxTitleLength);
        RuleFor(r => r.TitleEn).MaximumLength(LegalConsts.MaxTitleLength);
        RuleFor(r => r.Unit).IsInEnum();
        RuleFor(r => r.Status).IsInEnum();
        RuleFor(r => r.Value).MaximumLength(LegalConsts.MaxValueLength).Custom((value, context) =>
        {
            if (LegalValues.Check(value, context.InstanceToValidate.Unit) is { } reason)
            {
                context.AddFailure("value", reason);
            }
        });
        RuleFor(r => r.EffectiveFrom).InclusiveBetween(new DateOnly(1990, 1, 1), new DateOnly(2100, 12, 31));
        RuleFor(r => r.DocumentNumber).NotEmpty().MaximumLength(LegalConsts.MaxDocumentNumberLength)
            .Must(documents.Contains).WithMessageKey("legal.unknownDocument", r => [r.DocumentNumber]);
        RuleFor(r => r.Article).MaximumLength(LegalConsts.MaxArticleLength);
        RuleFor(r => r.Clause).MaximumLength(LegalConsts.MaxArticleLength);
        RuleFor(r => r.Note).MaximumLength(LegalConsts.MaxNoteLength);
    }
}
