[assembly: AssemblyFixture(typeof(InvestAid.HttpApi.Security.KestrelApiFactory))]
