using FluentValidation;

namespace InvestAid.Projects;

public sealed class ProjectQueryValidator : AbstractValidator<ProjectQuery>
{
    public static readonly string[] SortFields = ["code", "nameVi", "registeredOn", "registeredCapitalUsd", "status", "kind", "updatedAt"];

    public ProjectQueryValidator()
    {
        RuleFor(x => x.PageNumber).InclusiveBetween(1, 100_000).OverridePropertyName("page").WithMessage("Trang phải từ 1 trở lên.");
        RuleFor(x => x.Size).InclusiveBetween(1, ProjectConsts.MaxPageSize).OverridePropertyName("pageSize")
            .WithMessage($"Số dòng mỗi trang từ 1 đến {ProjectConsts.MaxPageSize}.");
        RuleFor(x => x.Sort).Must(s => s is null || SortFields.Contains(s.TrimStart('-')))
            .WithMessage($"Chỉ sắp xếp theo: {string.Join(", ", SortFields)}.");
        RuleFor(x => x.Q).MaximumLength(200).WithMessage("Từ khoá tìm kiếm không được dài quá 200 ký tự.");
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Loại dự án không hợp lệ.");
        RuleFor(x => x.Status).IsInEnum().WithMessage("Trạng thái không hợp lệ.");
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null)
            .WithMessage("Ngày kết thúc không được trước ngày bắt đầu.");
        RuleFor(x => x.Donor).MaximumLength(32).WithMessage("Mã không hợp lệ.");
        RuleFor(x => x.Country).MaximumLength(32).WithMessage("Mã không hợp lệ.");
        RuleFor(x => x.Sector).MaximumLength(32).WithMessage("Mã không hợp lệ.");
        RuleFor(x => x.Commune).MaximumLength(32).WithMessage("Mã không hợp lệ.");
    }
}
