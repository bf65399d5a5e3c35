namespace InvestAid.Common;

/// <summary>
/// The root of a consistency boundary. <see cref="ConcurrencyToken"/> maps to PostgreSQL's
/// <c>xmin</c>; it becomes the ETag of the resource, and a stale one is rejected on update.
/// </summary>
public abstract class AggregateRoot : Entity
{
    public uint ConcurrencyToken { get; protected set; }
}
