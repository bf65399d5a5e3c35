using InvestAid.TestBase;

[assembly: AssemblyFixture(typeof(ApiFactory))]
