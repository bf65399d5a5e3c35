namespace InvestAid.Identity;

/// <summary>
/// Failed sign-ins for e-mails that have no account, one count per key, shared by every host node. A change reads and
/// writes the count under its row's lock, so concurrent failures on different nodes are counted one after the other.
/// </summary>
public interface IUnknownLoginFailureStore
{
    /// <summary>
    /// Reads the key's count (an empty one the first time), writes what <paramref name="next"/> makes of it, and returns that.
    /// With <paramref name="forgetBefore"/>, also deletes counts neither touched since then nor locked at <paramref name="now"/>.
    /// </summary>
    Task<UnknownLoginFailureCount> ChangeAsync(string key, DateTimeOffset now, Func<UnknownLoginFailureCount, UnknownLoginFailureCount> next,
        DateTimeOffset? forgetBefore, CancellationToken cancellationToken);
}
