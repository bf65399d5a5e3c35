using InvestAid.Common;
using InvestAid.ReferenceData;
using InvestAid.ReferenceData.Catalog;
using Microsoft.Extensions.Logging;

namespace InvestAid.Seeding;

/// <summary>Adds the reference entries of <see cref="ReferenceCatalog"/> that are missing. Idempotent; never overwrites an administrator's edit.</summary>
public sealed class ReferenceDataSeeder(IReferenceDataRepository items, IUnitOfWork unitOfWork, ILogger<ReferenceDataSeeder> logger)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        var added = 0;
        foreach (var group in ReferenceCatalog.All.GroupBy(i => i.Kind))
        {
            var missing = await items.MissingCodesAsync(group.Key, group.Select(i => i.Code), ct);
            foreach (var item in group.Where(i => missing.Contains(i.Code)))
            {
                items.Add(new ReferenceItem(item.Kind, item.Code, item.Data));
                added++;
            }
        }
        await unitOfWork.SaveChangesAsync(ct);
        logger.LogInformation("Reference data: {Added} entries added", added);
    }
}
