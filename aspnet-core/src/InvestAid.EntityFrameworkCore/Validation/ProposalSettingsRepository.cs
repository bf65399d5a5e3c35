using InvestAid.Proposals;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Validation;

public sealed class ProposalSettingsRepository(InvestAidDbContext db, Common.ExpectedVersions expected) : IProposalSettingsRepository
{
    public async Task<IReadOnlyList<ProposalSetting>> ListAsync(CancellationToken ct = default) =>
        await db.Set<ProposalSetting>().OrderBy(s => s.Kind).ToListAsync(ct);

    public async Task<IReadOnlyList<ProposalSetting>> ReadAsync(CancellationToken ct = default) =>
        await db.Set<ProposalSetting>().AsNoTracking().OrderBy(s => s.Kind).ToListAsync(ct);

    public void Add(ProposalSetting setting) => db.Set<ProposalSetting>().Add(setting);

    public void ExpectUnchanged(ProposalSetting setting) => expected.Expect(db, setting, setting.ConcurrencyToken);
}
