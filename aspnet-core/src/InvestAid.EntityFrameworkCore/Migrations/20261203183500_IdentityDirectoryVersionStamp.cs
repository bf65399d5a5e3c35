using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvestAid.EntityFrameworkCore.Migrations
{
    /// <summary>
    /// The identity directory's version stamp (<c>IIdentityDirectory.VersionAsync</c>): one row whose version takes a new value
    /// of a sequence, in the writing transaction, after every statement that changes what identity resolution reads (users'
    /// names and lockouts, roles, role and agency assignments, groups, identity mappings). Sequences never hand a value out twice,
    /// so a rolled-back change leaves no stamp that a later change could meet again. Hosts keep their identity index while the
    /// stamp is unchanged.
    /// </summary>
    public partial class IdentityDirectoryVersionStamp : Migration
    {
        private static readonly string[] Watched =
        [
            "users|INSERT OR DELETE OR TRUNCATE",
            "roles|INSERT OR DELETE OR TRUNCATE",
            "user_roles|INSERT OR UPDATE OR DELETE OR TRUNCATE",
            "user_claims|INSERT OR UPDATE OR DELETE OR TRUNCATE",
            "user_groups|INSERT OR UPDATE OR DELETE OR TRUNCATE",
            "identity_mappings|INSERT OR UPDATE OR DELETE OR TRUNCATE",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE SEQUENCE identity_version_seq;
                CREATE TABLE identity_version (
                    id integer PRIMARY KEY CHECK (id = 1),
                    version bigint NOT NULL
                );
                INSERT INTO identity_version (id, version) VALUES (1, nextval('identity_version_seq'));
                CREATE FUNCTION identity_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    -- An upsert: a row deleted (a test's reset empties every table) comes back with the next change.
                    INSERT INTO identity_version (id, version) VALUES (1, nextval('identity_version_seq'))
                    ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version;
                    RETURN NULL;
                END $$;
                """);
            foreach (var watched in Watched)
            {
                var (table, events) = (watched.Split('|')[0], watched.Split('|')[1]);
                migrationBuilder.Sql($"CREATE TRIGGER {table}_identity_version AFTER {events} ON {table} FOR EACH STATEMENT EXECUTE FUNCTION identity_version_bump();");
            }
            // Identity's user store writes every column of a user on each update (a sign-in, a security stamp): only a change of
            // what resolution reads moves the stamp.
            migrationBuilder.Sql("""
                CREATE TRIGGER users_identity_version_update AFTER UPDATE ON users FOR EACH ROW
                    WHEN (OLD.user_name IS DISTINCT FROM NEW.user_name OR OLD.display_name IS DISTINCT FROM NEW.display_name
                          OR OLD.lockout_end IS DISTINCT FROM NEW.lockout_end)
                    EXECUTE FUNCTION identity_version_bump();
                CREATE TRIGGER roles_identity_version_update AFTER UPDATE ON roles FOR EACH ROW
                    WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION identity_version_bump();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var watched in Watched)
            {
                var table = watched.Split('|')[0];
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {table}_identity_version ON {table};");
            }
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS users_identity_version_update ON users;
                DROP TRIGGER IF EXISTS roles_identity_version_update ON roles;
                DROP FUNCTION IF EXISTS identity_version_bump();
                DROP TABLE IF EXISTS identity_version;
                DROP SEQUENCE IF EXISTS identity_version_seq;
                """);
        }
    }
}
