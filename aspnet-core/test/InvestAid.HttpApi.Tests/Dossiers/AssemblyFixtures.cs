[assembly: AssemblyFixture(typeof(InvestAid.HttpApi.Dossiers.ProcedureApiFactory))]
