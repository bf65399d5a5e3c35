using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Workflows;

public static class WorkflowsModelBuilderExtensions
{
    public static void ConfigureWorkflows(this ModelBuilder builder)
    {
        builder.Entity<WorkflowDefinitionRecord>(b =>
        {
            b.ToTable("workflow_definitions");
            b.HasKey(d => d.Id);
            b.Property(d => d.Key).HasMaxLength(200).IsRequired();
            b.Property(d => d.Status).HasMaxLength(16).IsRequired();
            b.Property(d => d.Name).HasMaxLength(500);
            b.Property(d => d.LegalBasis).HasMaxLength(4000);
            b.Property(d => d.Bindings).HasColumnType("jsonb");
            b.HasIndex(d => new { d.Key, d.Version }).IsUnique();
        });

        builder.Entity<WorkflowInstanceRecord>(b =>
        {
            b.ToTable("workflow_instances");
            b.HasKey(i => i.Id);
            b.Property(i => i.DefinitionKey).HasMaxLength(200).IsRequired();
            b.Property(i => i.BusinessKey).HasMaxLength(200);
            b.Property(i => i.Status).HasMaxLength(16).IsRequired();
            b.Property(i => i.Variables).HasColumnType("jsonb");
            // json, not jsonb: the document comes back exactly as written (key order included).
            b.Property(i => i.State).HasColumnType("json");
            // text_pattern_ops: equality (message correlation) and the cockpit's business-key prefix (byte order) alike.
            b.HasIndex(i => i.BusinessKey).HasOperators("text_pattern_ops");
            b.HasIndex(i => new { i.DefinitionKey, i.DefinitionVersion });
            // The cockpit's search: status newest first, newest first, variable equality (@>).
            b.HasIndex(i => new { i.Status, i.StartedAt }).IsDescending(false, true);
            b.HasIndex(i => i.StartedAt).IsDescending();
            b.HasIndex(i => i.Variables).HasMethod("gin").HasOperators("jsonb_path_ops");
            // The history clean-up: ended instances of a version, oldest first.
            b.HasIndex(i => new { i.DefinitionKey, i.DefinitionVersion, i.EndedAt }).HasFilter("ended_at IS NOT NULL");
        });

        builder.Entity<WorkflowTokenRecord>(b =>
        {
            b.ToTable("workflow_tokens");
            b.HasKey(t => new { t.InstanceId, t.Id });
            b.Property(t => t.Status).HasMaxLength(16);
        });

        builder.Entity<WorkflowBookmarkRecord>(b =>
        {
            b.ToTable("workflow_bookmarks");
            b.HasKey(t => new { t.InstanceId, t.Id });
            b.Property(t => t.Kind).HasMaxLength(16);
            // The sweep looks for open timers that fell due and for waiting asynchronous continuations (jobs).
            b.HasIndex(t => t.DueAt).HasFilter("kind IN ('Timer', 'Job')");
        });

        builder.Entity<WorkflowExternalTaskRecord>(b =>
        {
            b.ToTable("workflow_external_tasks");
            b.HasKey(t => t.Id);
            b.Property(t => t.Id).HasMaxLength(64);
            b.Property(t => t.ElementId).HasMaxLength(256);
            b.Property(t => t.Topic).HasMaxLength(256);
            b.Property(t => t.DefinitionKey).HasMaxLength(256);
            b.Property(t => t.WorkerId).HasMaxLength(256);
            b.Property(t => t.ErrorMessage).HasMaxLength(4000);
            b.HasIndex(t => t.InstanceId);
            // Open incidents (no retries left), by instance: the cockpit's "has incident" filter and counts.
            b.HasIndex(t => t.InstanceId, "ix_workflow_external_tasks_incidents").HasDatabaseName("ix_workflow_external_tasks_incidents").HasFilter("retries = 0");
            // fetchAndLock: the unlocked tasks of a topic, oldest (or highest priority) first.
            b.HasIndex(t => new { t.Topic, t.Priority, t.CreatedAt });
        });

        builder.Entity<WorkflowTaskRecord>(b =>
        {
            b.ToTable("workflow_tasks");
            b.HasKey(t => new { t.InstanceId, t.Id });
            b.Property(t => t.Status).HasMaxLength(16);
            b.Property(t => t.Data).HasColumnType("json");
            b.HasIndex(t => t.Id);
            b.HasIndex(t => new { t.Assignee, t.Status });
            b.HasIndex(t => t.CandidateUsers).HasMethod("gin");
            b.HasIndex(t => t.CandidateGroups).HasMethod("gin");
            b.HasIndex(t => t.DueAt).HasFilter("status = 'Open'");
            // Tasks written before priorities were kept have Camunda's default.
            b.Property(t => t.Priority).HasDefaultValue(50);
        });

        builder.Entity<WorkflowHistoryRecord>(b =>
        {
            b.ToTable("workflow_history");
            b.HasKey(h => new { h.InstanceId, h.Id });
        });

        builder.Entity<WorkflowReceiptRecord>(b =>
        {
            b.ToTable("workflow_receipts");
            b.HasKey(r => r.Key);
            b.Property(r => r.Key).HasMaxLength(200);
            // json, not jsonb: the effects' type discriminator must stay first.
            b.Property(r => r.Receipt).HasColumnType("json");
            // The history clean-up deletes an instance's receipts with it.
            b.HasIndex(r => r.InstanceId);
        });

        builder.Entity<WorkflowTimerJobRecord>(b =>
        {
            b.ToTable("workflow_timer_jobs");
            b.HasKey(j => new { j.InstanceId, j.BookmarkId });
            b.Property(j => j.JobId).HasMaxLength(100);
        });

        builder.Entity<WorkflowStartTimerRecord>(b =>
        {
            b.ToTable("workflow_start_timers");
            b.HasKey(t => new { t.DefinitionKey, t.DefinitionVersion, t.ElementId });
            b.Property(t => t.DefinitionKey).HasMaxLength(200);
            b.Property(t => t.ElementId).HasMaxLength(200);
            b.Property(t => t.Failures).HasDefaultValue(0);
            b.Property(t => t.LastError).HasMaxLength(2000);
            b.HasIndex(t => t.DueAt);
        });

        builder.Entity<WorkflowIncidentRecord>(b =>
        {
            b.ToTable("workflow_incidents");
            b.HasKey(i => i.Id);
            b.Property(i => i.Type).HasMaxLength(40);
            b.Property(i => i.DefinitionKey).HasMaxLength(200);
            b.Property(i => i.BusinessKey).HasMaxLength(200);
            b.Property(i => i.ElementId).HasMaxLength(200);
            b.Property(i => i.FailedElementId).HasMaxLength(200);
            b.Property(i => i.JobId).HasMaxLength(200);
            b.Property(i => i.Message).HasMaxLength(2000);
            b.Property(i => i.ResolvedBy).HasMaxLength(200);
            b.Property(i => i.Resolution).HasMaxLength(20);
            // Open incidents, by instance (the cockpit's counts and "has incident" filter) and one open incident per job.
            b.HasIndex(i => new { i.InstanceId, i.JobId }).HasDatabaseName("ix_workflow_incidents_open").HasFilter("resolved_at IS NULL").IsUnique();
            b.HasIndex(i => i.CreatedAt);
        });

        builder.Entity<CalendarAdjustmentRecord>(b =>
        {
            b.ToTable("calendar_adjustments");
            b.HasKey(a => a.Date);
            b.Property(a => a.Kind).HasMaxLength(16);
            b.Property(a => a.Reason).HasMaxLength(500);
            b.Property(a => a.Notice).HasMaxLength(100);
        });

        builder.Entity<HolidayPeriodRecord>(b =>
        {
            b.ToTable("calendar_holiday_periods");
            b.HasKey(p => new { p.Year, p.Holiday });
            b.Property(p => p.Holiday).HasMaxLength(32);
            b.Property(p => p.Reason).HasMaxLength(500);
            b.Property(p => p.Notice).HasMaxLength(100);
        });
    }
}
