using Microsoft.AspNetCore.Identity;

namespace InvestAid.Identity;

public class AppRole : IdentityRole<Guid>
{
    public AppRole() => Id = UUIDNext.Uuid.NewSequential();

    public AppRole(string name) : this() => Name = name;
}
