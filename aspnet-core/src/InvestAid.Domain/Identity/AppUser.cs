using Microsoft.AspNetCore.Identity;

namespace InvestAid.Identity;

/// <summary>A person who signs in. Created by administrators only; there is no self-registration.</summary>
public class AppUser : IdentityUser<Guid>
{
    public AppUser() => Id = UUIDNext.Uuid.NewSequential();

    public AppUser(string email, string displayName) : this()
    {
        UserName = email;
        Email = email;
        DisplayName = displayName;
    }

    public string DisplayName { get; set; } = "";

    /// <summary>The language of e-mails and notifications sent to this person: <c>vi</c> (the default) or <c>en</c>.</summary>
    public string Language { get; set; } = UserLanguages.Vietnamese;
}
