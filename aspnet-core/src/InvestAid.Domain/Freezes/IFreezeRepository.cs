namespace InvestAid.Freezes;

public interface IFreezeRepository
{
    void Add(FreezeEvent freeze);

    void Add(FreezeException exception);

    Task<IReadOnlyList<FreezeEvent>> EventsAsync(CancellationToken ct = default);

    Task<FreezeException?> FindExceptionAsync(Guid id, CancellationToken ct = default);

    Task<IReadOnlyList<FreezeException>> ExceptionsAsync(Guid? projectId, CancellationToken ct = default);

    /// <summary>True when the monthly FDI summary of that month has been published.</summary>
    Task<bool> IsMonthPublishedAsync(int year, int month, CancellationToken ct = default);
}
