using InvestAid.Identity;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Identity;

public static class IdentityModelBuilderExtensions
{
    public static void ConfigureIdentity(this ModelBuilder builder)
    {
        builder.Entity<AppUser>(b =>
        {
            b.ToTable("users");
            b.Property(u => u.DisplayName).HasMaxLength(AccountConsts.MaxDisplayNameLength).IsRequired();
            b.Property(u => u.Language).HasMaxLength(UserLanguages.MaxLength).IsRequired().HasDefaultValue(UserLanguages.Vietnamese);
        });
        builder.Entity<AppRole>().ToTable("roles");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserRole<Guid>>().ToTable("user_roles");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityRoleClaim<Guid>>().ToTable("role_claims");
        builder.Entity<UnknownLoginFailure>(b =>
        {
            b.ToTable("unknown_login_failures");
            b.HasKey(f => f.Key);
            b.Property(f => f.Key).HasMaxLength(64).IsFixedLength();
        });
        builder.Entity<RefreshTokenRecord>(b =>
        {
            b.ToTable("refresh_tokens");
            b.HasKey(t => t.TokenHash);
            b.Property(t => t.TokenHash).HasMaxLength(64).IsFixedLength();
            b.HasIndex(t => t.ExpiresAt);
        });
    }
}
