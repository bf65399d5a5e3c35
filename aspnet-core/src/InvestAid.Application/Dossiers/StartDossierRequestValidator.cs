using FluentValidation;
using InvestAid.Procedures;
using InvestAid.Validation;

namespace InvestAid.Dossiers;

public sealed class StartDossierRequestValidator : AbstractValidator<StartDossierRequest>
{
    public StartDossierRequestValidator()
    {
        RuleFor(r => r.ProcedureKey).NotEmpty().MaximumLength(DossierConsts.MaxProcedureKeyLength);
        RuleFor(r => r.ReceivedOn).NotEmpty();
        RuleFor(r => r.Variables).NumbersInRange();
        RuleFor(r => r.Applicant).NotNull();
        RuleFor(r => r.Applicant.Name).NotEmpty().MaximumLength(DossierConsts.MaxApplicantNameLength).When(r => r.Applicant is not null);
        RuleFor(r => r.Applicant.Contact).MaximumLength(DossierConsts.MaxApplicantContactLength).When(r => r.Applicant is not null);
        RuleFor(r => r.Variables)
            .Must(v => ProcedureVariables.IsConsultationDue(v![ProcedureVariables.ConsultationDue]))
            .When(r => r.Variables?.ContainsKey(ProcedureVariables.ConsultationDue) == true)
            .OverridePropertyName($"variables.{ProcedureVariables.ConsultationDue}")
            .WithMessageKey("dossier.consultationDue");
    }
}
