namespace InvestAid.Notifications;

/// <summary>
/// A periodic report a project owes: its legal due date and the day it is actually due. When the legal date is a
/// day off, the time limit ends on the next working day (Civil Code 91/2015/QH13, Art. 148(5)); reminders count
/// back from the legal date, and state both.
/// </summary>
public sealed record ReportDeadline(string ReportType, string Period, DateOnly LegalDue, DateOnly EffectiveDue, string Label);
