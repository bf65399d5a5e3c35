using InvestAid.Common;
using InvestAid.Errors;
using InvestAid.Text;

namespace InvestAid.Projects;

/// <summary>
/// An investment or aid project of the province. Its status changes only through the methods
/// below, each of which checks the move against <see cref="ProjectStatusTransitions"/>; an FDI
/// project's capital changes only through its append-only ledger.
/// </summary>
public class Project : AggregateRoot
{
    private readonly List<Investor> _investors = [];
    private readonly List<CapitalEvent> _capitalEvents = [];
    private readonly List<ProjectStatusChange> _statusChanges = [];

    private Project() { }

    public Project(string code, ProjectKind kind, ProjectProfile profile, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
        Kind = kind;
        Status = ProjectStatus.Draft;
        CreatedAt = now;
        UpdatedAt = now;
        Update(profile, now);
    }

    public string Code { get; private set; } = "";
    /// <summary>Mã số dự án: the national investment project code, once issued (FDI).</summary>
    public string? NationalCode { get; private set; }
    public ProjectKind Kind { get; private set; }
    public ProjectStatus Status { get; private set; }
    public string NameVi { get; private set; } = "";
    public string? NameEn { get; private set; }
    /// <summary>The investor enterprise, PMU or beneficiary that owns the project (chủ đầu tư / chủ dự án).</summary>
    public string? OwnerName { get; private set; }
    /// <summary>The user account of the owner, who may see and update this project.</summary>
    public Guid? OwnerUserId { get; private set; }
    public string? CommuneCode { get; private set; }
    /// <summary>Every commune the project lies in when it spans several; empty when it lies in one (<see cref="CommuneCode"/>) or province-wide.</summary>
    public string[] CommuneCodes { get; private set; } = [];
    public string? IndustrialZoneCode { get; private set; }
    public string? Address { get; private set; }
    public decimal? Latitude { get; private set; }
    public decimal? Longitude { get; private set; }
    /// <summary>VSIC 2018 division (two digits) or section (a letter).</summary>
    public string? SectorCode { get; private set; }
    /// <summary>OECD DAC CRS purpose code, for aid.</summary>
    public string? DacCode { get; private set; }
    public string? DonorCode { get; private set; }
    public DateOnly? PlannedStart { get; private set; }
    public DateOnly? PlannedEnd { get; private set; }
    public DateOnly? ActualStart { get; private set; }
    public DateOnly? ActualEnd { get; private set; }
    public string? Objectives { get; private set; }
    /// <summary>The day the project came into the registry's figures: IRC date, agreement date or approval date.</summary>
    public DateOnly? RegisteredOn { get; private set; }
    /// <summary>Current registered capital, kept in step with the ledger (FDI) or the agreement / commitment (aid).</summary>
    public decimal RegisteredCapitalUsd { get; private set; }
    public decimal RegisteredCapitalVnd { get; private set; }
    public FdiDetails? Fdi { get; private set; }
    public OdaDetails? Oda { get; private set; }
    public NgoDetails? Ngo { get; private set; }
    public IReadOnlyList<Investor> Investors => _investors;
    /// <summary>The investors' countries, each once in code order: the list's country filter reads it without a join.</summary>
    public string[] InvestorCountryCodes { get; private set; } = [];
    public IReadOnlyList<CapitalEvent> CapitalEvents => _capitalEvents;
    public IReadOnlyList<ProjectStatusChange> StatusChanges => _statusChanges;
    /// <summary>Folded text of code, names, owner, investors and donor, for diacritic-insensitive search.</summary>
    public string SearchText { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsAid => Kind is ProjectKind.Oda or ProjectKind.ConcessionalLoan or ProjectKind.NgoAid;

    /// <summary>Replaces the descriptive fields. The details must be those of the project's kind.</summary>
    public void Update(ProjectProfile profile, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(profile.NameVi);
        CheckDetailsMatchKind(profile);
        NameVi = profile.NameVi.Trim();
        NameEn = profile.NameEn?.Trim();
        NationalCode = profile.NationalCode;
        OwnerName = profile.OwnerName;
        OwnerUserId = profile.OwnerUserId;
        CommuneCode = profile.CommuneCode;
        CommuneCodes = [.. profile.CommuneCodes.Distinct(StringComparer.Ordinal)];
        IndustrialZoneCode = profile.IndustrialZoneCode;
        Address = profile.Address;
        Latitude = profile.Latitude;
        Longitude = profile.Longitude;
        SectorCode = profile.SectorCode;
        DacCode = profile.DacCode;
        DonorCode = profile.DonorCode;
        PlannedStart = profile.PlannedStart;
        PlannedEnd = profile.PlannedEnd;
        ActualStart = profile.ActualStart;
        ActualEnd = profile.ActualEnd;
        Objectives = profile.Objectives;
        Fdi = profile.Fdi;
        Oda = profile.Oda;
        Ngo = profile.Ngo;
        _investors.Clear();
        _investors.AddRange(profile.Investors ?? []);
        InvestorCountryCodes = [.. _investors.Select(i => i.CountryCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        RegisteredOn = Kind switch
        {
            ProjectKind.Fdi => Fdi?.IrcDate ?? RegisteredOn,
            ProjectKind.Oda or ProjectKind.ConcessionalLoan => Oda?.AgreementDate,
            ProjectKind.NgoAid => Ngo?.ApprovalDate,
            _ => PlannedStart,
        };
        if (Kind != ProjectKind.Fdi)
        {
            RegisteredCapitalUsd = Oda?.TotalUsd ?? Ngo?.CommittedUsd ?? 0m;
            RegisteredCapitalVnd = Oda?.TotalVnd ?? 0m;
        }
        UpdatedAt = now;
        SearchText = TextFolding.Fold(string.Join(' ', new[]
        {
            Code, NationalCode, NameVi, NameEn, OwnerName, DonorCode, Fdi?.IrcNumber, Oda?.AgreementNumber,
        }.Concat(_investors.Select(i => i.Name)).Where(s => !string.IsNullOrWhiteSpace(s))));
    }

    /// <summary>Gives the project to the account of its owner (chủ dự án), who may then see and update it.</summary>
    public void AssignOwner(Guid? ownerUserId, DateTimeOffset now)
    {
        OwnerUserId = ownerUserId;
        UpdatedAt = now;
    }

    public void Submit(DateOnly on, DateTimeOffset now) => MoveTo(ProjectStatus.Submitted, on, now);
    public void StartReview(DateOnly on, DateTimeOffset now) => MoveTo(ProjectStatus.UnderReview, on, now);
    public void Approve(DateOnly on, DateTimeOffset now) => MoveTo(ProjectStatus.Approved, on, now);
    public void Reject(DateOnly on, DateTimeOffset now) => MoveTo(ProjectStatus.Rejected, on, now);
    public void Return(DateOnly on, DateTimeOffset now) => MoveTo(ProjectStatus.Returned, on, now);
    public void Activate(DateOnly on, DateTimeOffset now) => MoveTo(ProjectStatus.Active, on, now);
    public void Complete(DateOnly on, DateTimeOffset now) => MoveTo(ProjectStatus.Completed, on, now);
    public void Terminate(DateOnly on, DateTimeOffset now) => MoveTo(ProjectStatus.Terminated, on, now);

    public void Apply(ProjectAction action, DateOnly on, DateTimeOffset now)
    {
        switch (action)
        {
            case ProjectAction.Submit: Submit(on, now); break;
            case ProjectAction.StartReview: StartReview(on, now); break;
            case ProjectAction.Approve: Approve(on, now); break;
            case ProjectAction.Reject: Reject(on, now); break;
            case ProjectAction.Return: Return(on, now); break;
            case ProjectAction.Activate: Activate(on, now); break;
            case ProjectAction.Complete: Complete(on, now); break;
            case ProjectAction.Terminate: Terminate(on, now); break;
            default: throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }

    /// <summary>
    /// The decision that ends an approval procedure: the project moves (through review, if not there yet)
    /// to Approved or Rejected; for aid the decision number and date are kept with the approval details.
    /// </summary>
    public void RecordDecision(bool approved, string? decisionNumber, DateOnly on, DateTimeOffset now)
    {
        if (Status is ProjectStatus.Draft or ProjectStatus.Returned)
        {
            Submit(on, now);
        }
        if (Status == ProjectStatus.Submitted)
        {
            StartReview(on, now);
        }
        if (approved)
        {
            Approve(on, now);
        }
        else
        {
            Reject(on, now);
        }
        if (approved && Ngo is not null)
        {
            Ngo = Ngo with { ApprovalDecisionNumber = decisionNumber ?? Ngo.ApprovalDecisionNumber, ApprovalDate = on };
            RegisteredOn = on;
        }
        UpdatedAt = now;
    }

    /// <summary>The status on <paramref name="day"/>, read back from the recorded moves.</summary>
    public ProjectStatus StatusAsOf(DateOnly day)
    {
        var last = _statusChanges.Where(c => c.EffectiveDate <= day).OrderBy(c => c.EffectiveDate).ThenBy(c => c.At).LastOrDefault();
        if (last is not null)
        {
            return last.To;
        }
        return _statusChanges.Count == 0 && DateOnly.FromDateTime(CreatedAt.UtcDateTime) <= day ? Status : ProjectStatus.Draft;
    }

    /// <summary>
    /// Appends an entry to the FDI capital ledger, once <see cref="CapitalLedger.Admit"/> has checked it against the ledger's
    /// rules. A new registration activates the project (its certificate is its approval); a termination terminates it; a
    /// correction takes the place of the entry it names.
    /// </summary>
    public CapitalEvent RecordCapitalEvent(CapitalEventType type, DateOnly effectiveDate, decimal changeUsd, decimal changeVnd,
        string? certificateNumber, string? note, Guid? correctsEventId, DateTimeOffset now, string? recordedBy)
    {
        if (Kind != ProjectKind.Fdi)
        {
            throw new DomainException(ErrorCodes.ProjectKindMismatch, $"Dự án {Code} không phải dự án FDI nên không có sổ vốn đăng ký.");
        }
        CapitalLedger.Admit(_capitalEvents, Code, type, effectiveDate, changeUsd, changeVnd, correctsEventId);
        var entry = new CapitalEvent(Id, type, effectiveDate, changeUsd, changeVnd, certificateNumber, note, correctsEventId, now, recordedBy);
        _capitalEvents.Add(entry);
        var state = CapitalLedger.StateAsOf(_capitalEvents, DateOnly.MaxValue);
        RegisteredCapitalUsd = state.RegisteredCapitalUsd;
        RegisteredCapitalVnd = state.RegisteredCapitalVnd;
        if (type == CapitalEventType.NewRegistration)
        {
            RegisteredOn = effectiveDate;
            Fdi = (Fdi ?? new FdiDetails(null, null, null)) with
            {
                IrcNumber = certificateNumber ?? Fdi?.IrcNumber,
                IrcDate = effectiveDate,
            };
            ActivateOnRegistration(effectiveDate, now);
        }
        if (type == CapitalEventType.Termination && Status != ProjectStatus.Terminated)
        {
            Terminate(effectiveDate, now);
        }
        UpdatedAt = now;
        return entry;
    }

    /// <summary>An issued certificate is the approval: the project moves on to Active through the allowed steps.</summary>
    private void ActivateOnRegistration(DateOnly on, DateTimeOffset now)
    {
        while (Status != ProjectStatus.Active)
        {
            ProjectStatus? next = Status switch
            {
                ProjectStatus.Draft or ProjectStatus.Returned => ProjectStatus.Submitted,
                ProjectStatus.Submitted => ProjectStatus.UnderReview,
                ProjectStatus.UnderReview => ProjectStatus.Approved,
                ProjectStatus.Approved => ProjectStatus.Active,
                _ => null,
            };
            if (next is null)
            {
                return;
            }
            MoveTo(next.Value, on, now);
        }
    }

    private void MoveTo(ProjectStatus target, DateOnly on, DateTimeOffset now)
    {
        if (!ProjectStatusTransitions.IsAllowed(Status, target))
        {
            throw new DomainException(
                ErrorCodes.ProjectInvalidTransition,
                $"Không thể chuyển dự án {Code} từ trạng thái {Status} sang {target}.");
        }
        _statusChanges.Add(new ProjectStatusChange(Id, Status, target, on, now));
        Status = target;
        UpdatedAt = now;
    }

    private void CheckDetailsMatchKind(ProjectProfile profile)
    {
        var ok = Kind switch
        {
            ProjectKind.Fdi => profile.Oda is null && profile.Ngo is null,
            ProjectKind.Oda or ProjectKind.ConcessionalLoan => profile.Fdi is null && profile.Ngo is null && (profile.Investors?.Count ?? 0) == 0,
            ProjectKind.NgoAid => profile.Fdi is null && profile.Oda is null && (profile.Investors?.Count ?? 0) == 0,
            _ => profile.Fdi is null && profile.Oda is null && profile.Ngo is null,
        };
        if (!ok)
        {
            throw new DomainException(ErrorCodes.ProjectKindMismatch, $"Thông tin chi tiết không phù hợp với loại dự án {Kind}.");
        }
    }
}
