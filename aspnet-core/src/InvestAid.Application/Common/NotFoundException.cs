namespace InvestAid.Common;

/// <summary>The record does not exist, or the caller may not know that it does (answered 404 either way).</summary>
public sealed class NotFoundException(string what, object id) : Exception($"Không tìm thấy {what} {id}.")
{
    public string What { get; } = what;
}
