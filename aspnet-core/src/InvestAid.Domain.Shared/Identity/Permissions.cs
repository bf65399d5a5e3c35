namespace InvestAid.Identity;

/// <summary>
/// Permission names as a tree of constants; every endpoint declares one of them as its policy.
/// </summary>
public static class Permissions
{
    public const string Prefix = "InvestAid";

    public static class Account
    {
        public const string Default = Prefix + ".Account";
    }

    public static class Projects
    {
        public const string Default = Prefix + ".Projects";
        public const string Create = Default + ".Create";
        public const string Edit = Default + ".Edit";
    }

    public static class Workflows
    {
        public const string Default = Prefix + ".Workflows";
        public const string ManageDefinitions = Default + ".ManageDefinitions";
        public const string StartInstances = Default + ".StartInstances";
        public const string Calendar = Default + ".Calendar";
        /// <summary>Workers of other systems: fetch, lock and complete external tasks (Camunda's /engine-rest/external-task).</summary>
        public const string ExternalTasks = Default + ".ExternalTasks";
    }

    public static class Finance
    {
        public const string Default = Prefix + ".Finance";
        public const string Edit = Default + ".Edit";
        public const string ExchangeRates = Default + ".ExchangeRates";
    }

    public static class Notifications
    {
        public const string Default = Prefix + ".Notifications";
    }

    public static class Dossiers
    {
        public const string Default = Prefix + ".Dossiers";
        public const string Create = Default + ".Create";
    }

    public static class Reports
    {
        public const string Default = Prefix + ".Reports";
        public const string Publish = Default + ".Publish";
        /// <summary>Province-wide figures that are not narrowed to projects (FDI summary revisions, donor rates, report drafts).</summary>
        public const string Province = Default + ".Province";
    }

    /// <summary>Outside edits held for an officer's acceptance (đề xuất chờ xác nhận).</summary>
    public static class Proposals
    {
        public const string Default = Prefix + ".Proposals";
        /// <summary>Put forward a change: staff, an owner on its own projects, an agency on the projects it was consulted on.</summary>
        public const string Propose = Default + ".Propose";
        public const string Decide = Default + ".Decide";
    }

    /// <summary>Frozen periods: administrators declare freezes, leaders grant exceptions.</summary>
    public static class Freezes
    {
        public const string Default = Prefix + ".Freezes";
        public const string Declare = Default + ".Declare";
        public const string GrantException = Default + ".GrantException";
    }

    /// <summary>FDI enterprises' periodic investment-implementation reports filed online.</summary>
    public static class EnterpriseReports
    {
        public const string Default = Prefix + ".EnterpriseReports";
        public const string File = Default + ".File";
        public const string Decide = Default + ".Decide";
    }

    public static class Administration
    {
        public const string Default = Prefix + ".Administration";
        public const string Jobs = Default + ".Jobs";
    }
}
