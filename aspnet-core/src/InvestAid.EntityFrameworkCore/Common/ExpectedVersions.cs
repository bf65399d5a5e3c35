using InvestAid.Common;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Common;

/// <summary>
/// The row versions the caller said it saw (If-Match) in this request. When saving fails on one of
/// them the answer is 412 (the caller's copy is stale); on any other row it is 409 (a race).
/// </summary>
public sealed class ExpectedVersions
{
    private readonly HashSet<object> _entities = new(ReferenceEqualityComparer.Instance);

    public void Expect(DbContext db, AggregateRoot entity, uint version)
    {
        db.Entry((object)entity).Property(nameof(AggregateRoot.ConcurrencyToken)).OriginalValue = version;
        _entities.Add(entity);
    }

    public bool Contains(object entity) => _entities.Contains(entity);
}
