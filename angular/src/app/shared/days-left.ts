export type DaysLeftTone = 'overdue' | 'soon' | 'ok' | 'none';

/** What the tone of a deadline looks at: a task's or a dossier's due date and the working days left. */
export interface DaysLeft {
  dueAt?: string | null;
  overdue: boolean;
  workingDaysLeft?: number | null;
}

/** Red when overdue, amber with two working days or less, neutral otherwise. */
export function daysLeftTone(row: DaysLeft): DaysLeftTone {
  if (row.overdue || (row.workingDaysLeft ?? 0) < 0) return 'overdue';
  if (row.workingDaysLeft === null || row.workingDaysLeft === undefined) return row.dueAt ? 'ok' : 'none';
  return row.workingDaysLeft <= 2 ? 'soon' : 'ok';
}
