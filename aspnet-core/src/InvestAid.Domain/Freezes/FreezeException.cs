using InvestAid.Common;
using InvestAid.Errors;

namespace InvestAid.Freezes;

/// <summary>
/// A leader's explicit permission, with a reason, for one new or corrected entry of one project dated in a frozen
/// month (ngoại lệ khóa sổ). Used once; the entry it lets in shows as the published snapshot's pending revision.
/// </summary>
public sealed class FreezeException : Entity
{
    private FreezeException() { }

    public FreezeException(Guid projectId, int year, int month, string reason, Guid? grantedById, string? grantedByName, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ProjectId = projectId;
        Year = year;
        Month = month;
        Reason = reason;
        GrantedById = grantedById;
        GrantedByName = grantedByName;
        GrantedAt = now;
    }

    public Guid ProjectId { get; private set; }
    public int Year { get; private set; }
    public int Month { get; private set; }
    public string Reason { get; private set; } = "";
    public Guid? GrantedById { get; private set; }
    public string? GrantedByName { get; private set; }
    public DateTimeOffset GrantedAt { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }
    public string? UsedFor { get; private set; }

    public bool Covers(Guid projectId, DateOnly entryDate) => projectId == ProjectId && entryDate.Year == Year && entryDate.Month == Month;

    public void Use(string what, DateTimeOffset now)
    {
        if (UsedAt is not null)
        {
            throw new DomainException(ErrorCodes.PeriodFrozen, "Ngoại lệ khóa sổ này đã được dùng. / This freeze exception has already been used.");
        }
        UsedAt = now;
        UsedFor = what;
    }
}
