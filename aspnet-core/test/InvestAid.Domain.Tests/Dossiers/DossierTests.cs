using AwesomeAssertions;
using InvestAid.Dossiers;

namespace InvestAid.Domain.Dossiers;

/// <summary>A dossier's own rules: it follows one procedure instance for life, decides once recorded, and stores a file once.</summary>
public sealed class DossierTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));

    private static Dossier NewDossier() =>
        new(Guid.NewGuid(), "ngo-aid-approval", new DateOnly(2026, 3, 2), "  Tổ chức Cứu trợ Trẻ em  ", " 0227 3831 234 ", Now);

    [Fact]
    public void A_received_dossier_is_in_progress_with_the_applicant_trimmed()
    {
        var dossier = NewDossier();

        dossier.Status.Should().Be(DossierStatus.InProgress);
        dossier.ApplicantName.Should().Be("Tổ chức Cứu trợ Trẻ em");
        dossier.ApplicantContact.Should().Be("0227 3831 234");
    }

    [Fact]
    public void A_dossier_needs_a_procedure_and_an_applicant()
    {
        FluentActions.Invoking(() => new Dossier(Guid.NewGuid(), " ", new DateOnly(2026, 3, 2), "Tổ chức", null, Now)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new Dossier(Guid.NewGuid(), "ngo-aid-approval", new DateOnly(2026, 3, 2), "", null, Now)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void It_follows_one_procedure_instance_for_life()
    {
        var dossier = NewDossier();
        var instance = Guid.NewGuid();
        dossier.Follow(instance, 2, Now);

        dossier.Invoking(d => d.Follow(Guid.NewGuid(), 3, Now)).Should().Throw<InvalidOperationException>();
        dossier.WorkflowInstanceId.Should().Be(instance);
        dossier.ProcedureVersion.Should().Be(2);
    }

    [Fact]
    public void The_decision_records_approval_or_refusal_with_its_number_and_date()
    {
        var approved = NewDossier();
        approved.Decide(true, "125/QĐ-UBND", new DateOnly(2026, 4, 1), Now.AddDays(30));
        var refused = NewDossier();
        refused.Decide(false, null, null, Now.AddDays(30));

        approved.Status.Should().Be(DossierStatus.Approved);
        approved.DecisionNumber.Should().Be("125/QĐ-UBND");
        approved.DecisionDate.Should().Be(new DateOnly(2026, 4, 1));
        approved.UpdatedAt.Should().Be(Now.AddDays(30));
        refused.Status.Should().Be(DossierStatus.Rejected);
    }

    [Fact]
    public void The_same_content_is_attached_once_and_another_content_is_a_second_document()
    {
        var dossier = NewDossier();
        var first = dossier.AttachDocument("to-trinh.pdf", "application/pdf", 1200, "aa11", "Chuyên viên", Now);
        var again = dossier.AttachDocument("to-trinh (1).pdf", "application/pdf", 1200, "aa11", "Lãnh đạo", Now.AddHours(1));
        var other = dossier.AttachDocument("van-kien.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 800, "bb22", "Chuyên viên", Now);

        again.Should().BeSameAs(first);
        other.Should().NotBeSameAs(first);
        dossier.Documents.Should().HaveCount(2);
        first.FileName.Should().Be("to-trinh.pdf");
    }
}
