namespace InvestAid.Identity;

/// <summary>A person as screens show them: the full name, with the e-mail address for a hover or a link.</summary>
public sealed record PersonDto(string Email, string DisplayName);
