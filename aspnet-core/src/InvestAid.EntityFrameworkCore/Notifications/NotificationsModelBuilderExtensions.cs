using InvestAid.Identity;
using InvestAid.Notifications;
using Microsoft.EntityFrameworkCore;

namespace InvestAid.EntityFrameworkCore.Notifications;

public static class NotificationsModelBuilderExtensions
{
    public static void ConfigureNotifications(this ModelBuilder builder)
    {
        builder.Entity<Notification>(b =>
        {
            b.ToTable("notifications");
            b.Property(x => x.Id).ValueGeneratedNever();
            b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
            b.Property(x => x.Kind).HasMaxLength(32).IsRequired();
            b.Property(x => x.Title).HasMaxLength(500).IsRequired();
            b.Property(x => x.Body).IsRequired();
            b.Property(x => x.Template).HasMaxLength(64);
            b.Property(x => x.Arguments).HasColumnType("jsonb");
            b.Property(x => x.Link).HasMaxLength(500);
            b.Property(x => x.ReminderKey).HasMaxLength(200);
            b.HasIndex(x => new { x.UserId, x.CreatedAt });
            b.HasIndex(x => x.UserId).HasFilter("read_at IS NULL").HasDatabaseName("ix_notifications_unread");
            // One notification per reminder and user, whatever runs the job.
            b.HasIndex(x => new { x.ReminderKey, x.UserId }).IsUnique();
        });
        builder.Entity<NotificationPreference>(b =>
        {
            b.ToTable("notification_preferences");
            b.HasKey(x => new { x.UserId, x.Kind });
            b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
            b.Property(x => x.Kind).HasMaxLength(32);
        });
        builder.Entity<OutboxMail>(b =>
        {
            b.ToTable("mail_outbox");
            b.Property(x => x.Id).ValueGeneratedNever();
            b.HasOne<Notification>().WithMany().HasForeignKey(x => x.NotificationId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(x => x.NotificationId);
            b.Property(x => x.ToAddress).HasMaxLength(256).IsRequired();
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.LastError).HasMaxLength(2000);
            b.HasIndex(x => x.NextAttemptAt).HasFilter("status = 'Pending'").HasDatabaseName("ix_mail_outbox_due");
        });
        builder.Entity<Reminder>(b =>
        {
            b.ToTable("reminders");
            b.HasKey(x => x.Key);
            b.Property(x => x.Key).HasMaxLength(200);
            b.Property(x => x.Kind).HasMaxLength(32);
            b.HasIndex(x => x.SubjectId);
        });
        builder.Entity<JobSetting>(b =>
        {
            b.ToTable("job_settings");
            b.Property(x => x.Id).HasMaxLength(64);
            b.Property(x => x.Cron).HasMaxLength(100).IsRequired();
            b.Property(x => x.Threshold).HasPrecision(5, 4);
        });
    }
}
