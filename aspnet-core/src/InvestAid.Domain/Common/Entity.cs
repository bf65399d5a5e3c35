namespace InvestAid.Common;

/// <summary>An entity with a time-ordered UUID v7 key, so inserts stay index-friendly.</summary>
public abstract class Entity
{
    protected Entity() => Id = UUIDNext.Uuid.NewSequential();

    public Guid Id { get; protected set; }
}
