namespace InvestAid.Projects;

/// <summary>Form of non-government aid (Decree 80/2020, Art. 3).</summary>
public enum AidType
{
    /// <summary>Chương trình, dự án.</summary>
    Project = 1,
    /// <summary>Phi dự án: goods, equipment, experts without a project.</summary>
    NonProject = 2,
    /// <summary>Cứu trợ khẩn cấp.</summary>
    Emergency = 3,
}
