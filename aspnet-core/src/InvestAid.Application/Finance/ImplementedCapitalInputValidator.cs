using FluentValidation;
using InvestAid.Projects;

namespace InvestAid.Finance;

public sealed class ImplementedCapitalInputValidator : AbstractValidator<ImplementedCapitalInput>
{
    public ImplementedCapitalInputValidator(Project project)
    {
        var firstYear = project.RegisteredOn?.Year ?? ProjectConsts.MinDate.Year;
        RuleFor(x => x.Quarter).InclusiveBetween(1, 4).WithMessage("Quý phải từ 1 đến 4.");
        RuleFor(x => x.Year).InclusiveBetween(firstYear, ProjectConsts.MaxDate.Year)
            .WithMessage(x => $"Năm {x.Year} trước ngày cấp giấy chứng nhận đăng ký đầu tư ({firstYear}).");
        RuleFor(x => x.AmountUsd).NonNegativeAmount();
        RuleFor(x => x.AmountVnd).Must(v => v is null or >= 0).WithMessage("Số tiền không được âm.");
        RuleFor(x => x.SubmittedOn).InRegistryRange()
            .Must((x, d) => x.Quarter is < 1 or > 4 || x.Year < 1 || d >= new DateOnly(x.Year, (x.Quarter - 1) * 3 + 1, 1))
            .WithMessage("Ngày nộp báo cáo không được trước quý báo cáo.");
    }
}
