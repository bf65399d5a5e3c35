using InvestAid.ReferenceData;

namespace InvestAid.Projects;

public sealed class UpdateProjectRequestValidator(ReferenceCodeSet codes, ProjectKind kind)
    : ProjectInputValidator<UpdateProjectRequest>(codes, _ => kind);
