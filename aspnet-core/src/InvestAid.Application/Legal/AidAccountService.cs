using InvestAid.Validation;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using InvestAid.Audit;
using InvestAid.Common;
using InvestAid.Projects;

namespace InvestAid.Finance;

public interface IAidAccountRepository
{
    /// <summary>The account of the aid, tracked for update.</summary>
    Task<AidAccount?> FindAsync(Guid projectId, CancellationToken cancellationToken);

    void Add(AidAccount account);
}

/// <summary>Records the dedicated aid account on a non-ODA aid and shows the receipts into it.</summary>
public sealed class AidAccountService(
    IAidAccountRepository accounts, IProjectRepository projects, IFinanceRepository finance, IUnitOfWork unitOfWork, AuditRecorder audit,
    ICurrentUser user, TimeProvider clock, ProjectScopeProvider scopes)
{
    /// <summary>The account of an aid the caller may see (docs/security.md: the project's scope); 404 for any other.</summary>
    public async Task<AidAccountDto?> GetAsync(Guid projectId, CancellationToken ct)
    {
        var project = await projects.FindAsync(projectId, ct);
        if (project is null || !(await scopes.CurrentAsync(ct)).Allows(project))
        {
            throw new NotFoundException("dự án", projectId);
        }
        return await accounts.FindAsync(projectId, ct) is { } account ? await ToDtoAsync(account, ct) : null;
    }

    public async Task<AidAccountDto> SaveAsync(Guid projectId, SaveAidAccountRequest request, CancellationToken ct)
    {
        var project = await projects.FindAsync(projectId, ct) ?? throw new NotFoundException("dự án", projectId);
        Validate(request, "");
        if (project.Kind != ProjectKind.NgoAid)
        {
            throw ValidationText.Invalid("projectId", "aidAccount.ngoOnly");
        }
        await RecordAsync(projectId, request, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return (await GetAsync(projectId, ct))!;
    }

    /// <summary>Adds or changes the account in the caller's unit of work (the dossier start saves it with the instance).</summary>
    public async Task RecordAsync(Guid projectId, SaveAidAccountRequest request, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var account = await accounts.FindAsync(projectId, ct);
        var before = account is null ? null : new { account.AccountNumber, account.BankName, account.AccountHolder };
        if (account is null)
        {
            account = new AidAccount(projectId, request.AccountNumber, request.BankName, request.AccountHolder, user.Name ?? "system", now);
            accounts.Add(account);
        }
        else
        {
            account.Change(request.AccountNumber, request.BankName, request.AccountHolder, user.Name ?? "system", now);
        }
        audit.Record("Project", projectId, "ngo.aidAccount.recorded", before, new { account.AccountNumber, account.BankName, account.AccountHolder },
            $"Tài khoản viện trợ riêng {account.AccountNumber} ({account.BankName})");
    }

    /// <summary>The <c>aidAccount</c> start variable of an NGO dossier, if given: { accountNumber, bankName, accountHolder }.</summary>
    public static SaveAidAccountRequest? FromVariables(IReadOnlyDictionary<string, JsonElement>? variables)
    {
        if (variables is null || !variables.TryGetValue("aidAccount", out var a) || a.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (a.ValueKind != JsonValueKind.Object)
        {
            throw new ValidationException([new ValidationFailure("variables.aidAccount", ValidationText.Get("aidAccount.shape"))]);
        }
        var request = new SaveAidAccountRequest(Text(a, "accountNumber") ?? "", Text(a, "bankName") ?? "", Text(a, "accountHolder"));
        Validate(request, "variables.aidAccount.");
        return request;
    }

    private static void Validate(SaveAidAccountRequest request, string prefix)
    {
        var failures = new List<ValidationFailure>();
        if (string.IsNullOrWhiteSpace(request.AccountNumber) || request.AccountNumber.Trim().Length > 40
            || !System.Text.RegularExpressions.Regex.IsMatch(request.AccountNumber.Trim(), "^[0-9A-Za-z.\\- ]+$"))
        {
            failures.Add(new ValidationFailure(prefix + "accountNumber", ValidationText.Get("aidAccount.number")));
        }
        if (string.IsNullOrWhiteSpace(request.BankName) || request.BankName.Trim().Length > 200)
        {
            failures.Add(new ValidationFailure(prefix + "bankName", ValidationText.Get("aidAccount.bank")));
        }
        if (request.AccountHolder?.Length > 200)
        {
            failures.Add(new ValidationFailure(prefix + "accountHolder", ValidationText.Get("aidAccount.holder")));
        }
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
    }

    private async Task<AidAccountDto> ToDtoAsync(AidAccount a, CancellationToken ct)
    {
        var receipts = await finance.ReceiptsAsync(a.ProjectId, ct);
        return a.ToDto(receipts.Count, receipts.Sum(r => r.AmountUsd), receipts.Sum(r => r.AmountVnd));
    }

    private static string? Text(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
