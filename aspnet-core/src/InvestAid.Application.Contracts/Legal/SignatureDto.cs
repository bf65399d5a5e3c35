namespace InvestAid.Dossiers;

/// <summary>
/// Who signed at one level of the approval chain: <see cref="Mode"/> direct, KT (ký thay: a deputy signs in place of the head named in
/// <see cref="OnBehalfOfName"/>) or TL (ký thừa lệnh: signed by order of that person).
/// </summary>
public sealed record SignatureDto(string Step, string Mode, string? SignerName, string? SignerTitle, string? OnBehalfOfName, string? OnBehalfOfTitle, DateOnly? On);
