namespace InvestAid.Projects;

public enum ProjectKind
{
    /// <summary>Foreign direct investment (FDI).</summary>
    Fdi = 1,
    /// <summary>Official development assistance (ODA).</summary>
    Oda = 2,
    /// <summary>Concessional loan (vốn vay ưu đãi).</summary>
    ConcessionalLoan = 3,
    /// <summary>Non-government aid (viện trợ phi chính phủ nước ngoài).</summary>
    NgoAid = 4,
    DomesticInvestment = 5,
}
