namespace InvestAid.Common;

/// <summary>A business rule was broken. <see cref="Code"/> is one of <c>ErrorCodes</c>; the API answers 409.</summary>
public class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
