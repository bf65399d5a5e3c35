namespace InvestAid.Projects;

public sealed record UpdateProjectRequest : ProjectInput;
