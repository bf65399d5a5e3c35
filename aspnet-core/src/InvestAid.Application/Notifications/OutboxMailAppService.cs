using InvestAid.Validation;
using FluentValidation;
using FluentValidation.Results;
using InvestAid.Common;

namespace InvestAid.Notifications;

public sealed class OutboxMailAppService(IOutboxMailStore outbox, IUnitOfWork unitOfWork, TimeProvider clock)
{
    public Task<PagedResult<OutboxMailDto>> ListAsync(MailStatus? status, int? page, int? pageSize, CancellationToken ct = default)
    {
        if (page is < 1 || pageSize is < 1 or > 200)
        {
            throw ValidationText.Invalid("pageSize", "common.pageAndSize", 200);
        }
        return outbox.ListAsync(status, page ?? 1, pageSize ?? 50, ct);
    }

    public async Task RequeueAsync(Guid id, CancellationToken ct = default)
    {
        var mail = await outbox.FindAsync(id, ct) ?? throw new NotFoundException("thư", id);
        mail.Requeue(clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(ct);
    }
}
