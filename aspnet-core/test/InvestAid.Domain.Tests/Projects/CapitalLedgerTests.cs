using AwesomeAssertions;
using InvestAid.Common;
using InvestAid.Errors;
using InvestAid.Projects;

namespace InvestAid.Domain.Projects;

/// <summary>The FDI capital ledger's rules (<see cref="CapitalLedger"/>), through the project that keeps the ledger.</summary>
public sealed class CapitalLedgerTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateOnly Registered = new(2025, 6, 10);

    private static Project Fdi() =>
        new("FDI-2025-0007", ProjectKind.Fdi, new ProjectProfile { NameVi = "Nhà máy may Tiền Hải", NameEn = "Tien Hai garment plant" }, Now);

    private static Project Registered10M()
    {
        var project = Fdi();
        project.RecordCapitalEvent(CapitalEventType.NewRegistration, Registered, 10_000_000m, 250_000_000_000m, "1234567890", null, null, Now, "Chuyên viên");
        return project;
    }

    private static void ShouldBreakTheLedger(Action act, string messagePart) =>
        act.Should().Throw<DomainException>().Where(e => e.Code == ErrorCodes.CapitalLedgerInvalid && e.Message.Contains(messagePart));

    [Fact]
    public void A_new_registration_sets_the_capital_the_certificate_and_activates_the_project()
    {
        var project = Registered10M();

        project.RegisteredCapitalUsd.Should().Be(10_000_000m);
        project.RegisteredOn.Should().Be(Registered);
        project.Fdi!.IrcNumber.Should().Be("1234567890");
        project.Status.Should().Be(ProjectStatus.Active);
    }

    [Fact]
    public void Adjustments_add_up_and_the_state_of_a_past_day_reads_back()
    {
        var project = Registered10M();
        project.RecordCapitalEvent(CapitalEventType.Adjustment, new DateOnly(2025, 12, 1), 2_500_000m, 0m, null, null, null, Now, null);
        project.RecordCapitalEvent(CapitalEventType.Adjustment, new DateOnly(2026, 2, 1), -1_000_000m, 0m, null, null, null, Now, null);

        project.RegisteredCapitalUsd.Should().Be(11_500_000m);
        CapitalLedger.StateAsOf(project.CapitalEvents, new DateOnly(2025, 12, 31)).RegisteredCapitalUsd.Should().Be(12_500_000m);
        CapitalLedger.StateAsOf(project.CapitalEvents, new DateOnly(2025, 6, 9)).IsRegistered.Should().BeFalse();
    }

    [Fact]
    public void A_correction_takes_the_place_of_the_entry_it_names_on_every_day()
    {
        var project = Registered10M();
        var wrong = project.RecordCapitalEvent(CapitalEventType.Adjustment, new DateOnly(2025, 12, 1), 5_000_000m, 0m, null, null, null, Now, null);
        project.RecordCapitalEvent(CapitalEventType.Adjustment, new DateOnly(2025, 12, 1), 500_000m, 0m, null, "gõ nhầm", wrong.Id, Now, null);

        project.RegisteredCapitalUsd.Should().Be(10_500_000m);
        CapitalLedger.Effective(project.CapitalEvents).Should().NotContain(wrong);
        ShouldBreakTheLedger(() => project.RecordCapitalEvent(CapitalEventType.Adjustment, new DateOnly(2025, 12, 1), 1m, 0m, null, null, wrong.Id, Now, null),
            "đã được điều chỉnh");
    }

    [Fact]
    public void A_correction_keeps_the_type_of_the_entry_it_corrects()
    {
        var project = Registered10M();
        var registration = project.CapitalEvents[0];

        ShouldBreakTheLedger(() => project.RecordCapitalEvent(CapitalEventType.Adjustment, Registered, 1m, 0m, null, null, registration.Id, Now, null),
            "cùng loại");
        ShouldBreakTheLedger(() => project.RecordCapitalEvent(CapitalEventType.Adjustment, Registered, 1m, 0m, null, null, Guid.NewGuid(), Now, null),
            "không thuộc dự án");
    }

    [Fact]
    public void There_is_one_new_registration_with_capital_above_zero_and_nothing_before_it()
    {
        ShouldBreakTheLedger(() => Fdi().RecordCapitalEvent(CapitalEventType.NewRegistration, Registered, 0m, 0m, null, null, null, Now, null), "lớn hơn 0");
        ShouldBreakTheLedger(() => Fdi().RecordCapitalEvent(CapitalEventType.Adjustment, Registered, 1m, 0m, null, null, null, Now, null), "chưa có bút toán cấp mới");
        var project = Registered10M();
        ShouldBreakTheLedger(() => project.RecordCapitalEvent(CapitalEventType.NewRegistration, Registered, 1m, 0m, null, null, null, Now, null), "đã được cấp mới");
        ShouldBreakTheLedger(() => project.RecordCapitalEvent(CapitalEventType.Adjustment, Registered.AddDays(-1), 1m, 0m, null, null, null, Now, null), "trước ngày cấp mới");
        project.CapitalEvents.Should().HaveCount(1);
    }

    [Fact]
    public void The_registered_capital_stays_above_zero()
    {
        var project = Registered10M();

        ShouldBreakTheLedger(() => project.RecordCapitalEvent(CapitalEventType.Adjustment, Registered, -10_000_000m, 0m, null, null, null, Now, null), "phải lớn hơn 0");
        project.RegisteredCapitalUsd.Should().Be(10_000_000m);
    }

    [Fact]
    public void A_termination_changes_no_capital_terminates_the_project_and_closes_the_ledger_to_all_but_corrections()
    {
        var project = Registered10M();
        ShouldBreakTheLedger(() => project.RecordCapitalEvent(CapitalEventType.Termination, new DateOnly(2026, 1, 5), -1m, 0m, null, null, null, Now, null), "không thay đổi vốn");

        var termination = project.RecordCapitalEvent(CapitalEventType.Termination, new DateOnly(2026, 1, 5), 0m, 0m, null, null, null, Now, null);

        project.Status.Should().Be(ProjectStatus.Terminated);
        CapitalLedger.StateAsOf(project.CapitalEvents, new DateOnly(2026, 1, 5)).TerminatedOn.Should().Be(new DateOnly(2026, 1, 5));
        ShouldBreakTheLedger(() => project.RecordCapitalEvent(CapitalEventType.Adjustment, new DateOnly(2026, 2, 1), 1m, 0m, null, null, null, Now, null), "đã chấm dứt");
        // The termination's own date can still be corrected.
        project.RecordCapitalEvent(CapitalEventType.Termination, new DateOnly(2026, 1, 20), 0m, 0m, null, "ngày trên quyết định", termination.Id, Now, null);
        CapitalLedger.StateAsOf(project.CapitalEvents, new DateOnly(2026, 1, 10)).TerminatedOn.Should().BeNull();
    }

    [Fact]
    public void Only_an_FDI_project_has_a_capital_ledger()
    {
        var oda = new Project("ODA-2025-0001", ProjectKind.Oda, new ProjectProfile { NameVi = "Dự án cấp nước", NameEn = "Water supply" }, Now);

        oda.Invoking(p => p.RecordCapitalEvent(CapitalEventType.NewRegistration, Registered, 1m, 0m, null, null, null, Now, null))
            .Should().Throw<DomainException>().Where(e => e.Code == ErrorCodes.ProjectKindMismatch);
    }
}
