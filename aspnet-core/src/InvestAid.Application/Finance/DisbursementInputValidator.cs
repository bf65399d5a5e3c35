using InvestAid.Validation;
using FluentValidation;
using InvestAid.Projects;
using InvestAid.ReferenceData;

namespace InvestAid.Finance;

public sealed class DisbursementInputValidator : AbstractValidator<DisbursementInput>
{
    public DisbursementInputValidator(ReferenceCodeSet codes, Project project)
    {
        var allowed = AllowedSources(project);
        RuleFor(x => x.Date).InRegistryRange().NotBefore(project.Oda?.AgreementDate, "common.notBefore.agreementDate");
        RuleFor(x => x.Amount).PositiveAmount();
        RuleFor(x => x.Currency).KnownCurrency(codes);
        RuleFor(x => x.Source).Must(s => allowed.Contains(s))
            .WithMessageKey("finance.sourceNotInAgreement", x => [x.Source, project.Code, string.Join(", ", allowed)]);
        RuleFor(x => x.Reference).MaximumLength(FinanceConsts.MaxReferenceLength);
        RuleFor(x => x.RateToVnd).OptionalRate();
        RuleFor(x => x.RateToUsd).OptionalRate();
        this.RatesAgreeWithCurrency(x => x.Currency, x => x.RateToVnd, x => x.RateToUsd);
    }

    /// <summary>Counterpart funds always; ODA and loan only where the agreement has such funds (or the project is of that kind).</summary>
    public static IReadOnlyList<DisbursementSource> AllowedSources(Project project)
    {
        var sources = new List<DisbursementSource>();
        if (project.Kind == ProjectKind.Oda || project.Oda?.OdaAmount > 0)
        {
            sources.Add(DisbursementSource.Oda);
        }
        if (project.Kind == ProjectKind.ConcessionalLoan || project.Oda?.LoanAmount > 0)
        {
            sources.Add(DisbursementSource.Loan);
        }
        sources.Add(DisbursementSource.Counterpart);
        return sources;
    }
}
