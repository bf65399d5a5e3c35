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
        builder.Entity<UserGroup>(b =>
        {
            b.ToTable("user_groups");
            b.HasKey(g => g.Id);
            b.Property(g => g.Id).ValueGeneratedNever();
            b.Property(g => g.Code).HasMaxLength(GroupConsts.MaxCodeLength).IsRequired();
            b.Property(g => g.NameVi).HasMaxLength(GroupConsts.MaxNameLength).IsRequired();
            b.Property(g => g.NameEn).HasMaxLength(GroupConsts.MaxNameLength).IsRequired();
            b.Property(g => g.RoleName).HasMaxLength(GroupConsts.MaxCodeLength);
            b.Property(g => g.MemberIds).HasColumnType("uuid[]");
            b.Property(g => g.ConcurrencyToken).IsRowVersion();
            b.Ignore(g => g.IsRole);
            b.HasIndex(g => g.Code).IsUnique();
        });
        builder.Entity<IdentityMapping>(b =>
        {
            b.ToTable("identity_mappings");
            b.HasKey(m => m.Id);
            b.Property(m => m.Id).ValueGeneratedNever();
            b.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(m => m.ExternalId).HasMaxLength(GroupConsts.MaxExternalIdLength).IsRequired();
            b.Property(m => m.DefinitionKey).HasMaxLength(GroupConsts.MaxDefinitionKeyLength);
            b.Property(m => m.ConcurrencyToken).IsRowVersion();
            // One mapping per id and key; NULLS NOT DISTINCT makes the global mapping of an id unique too.
            b.HasIndex(m => new { m.Kind, m.ExternalId, m.DefinitionKey }).IsUnique().AreNullsDistinct(false);
            b.HasOne<UserGroup>().WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        });
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
