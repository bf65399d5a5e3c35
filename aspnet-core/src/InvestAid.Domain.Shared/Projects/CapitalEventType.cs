namespace InvestAid.Projects;

/// <summary>Kinds of entry in an FDI project's capital ledger (DESIGN.md section 3).</summary>
public enum CapitalEventType
{
    /// <summary>Cấp mới: the first investment registration certificate.</summary>
    NewRegistration = 1,
    /// <summary>Điều chỉnh: capital increased or decreased, or other content changed.</summary>
    Adjustment = 2,
    /// <summary>Chấm dứt / thu hồi: the project terminated or its certificate revoked.</summary>
    Termination = 3,
}
