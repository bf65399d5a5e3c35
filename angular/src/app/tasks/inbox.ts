/** The inbox's ordering, tone of the time left, and split into "mine" and "my groups". */

export interface InboxRow {
  taskId: string;
  dueAt?: string | null;
  overdue: boolean;
  workingDaysLeft?: number | null;
  assignee?: string | null;
  createdAt: string;
}

export type DaysLeftTone = 'overdue' | 'soon' | 'ok' | 'none';

/** Red when overdue, amber with two working days or less, neutral otherwise. */
export function daysLeftTone(row: Pick<InboxRow, 'overdue' | 'workingDaysLeft' | 'dueAt'>): DaysLeftTone {
  if (row.overdue || (row.workingDaysLeft ?? 0) < 0) return 'overdue';
  if (row.workingDaysLeft === null || row.workingDaysLeft === undefined) return row.dueAt ? 'ok' : 'none';
  return row.workingDaysLeft <= 2 ? 'soon' : 'ok';
}

/** Overdue first, then by due date (no due date last), then the oldest task first. */
export function sortInbox<T extends InboxRow>(rows: readonly T[]): T[] {
  const due = (r: InboxRow) => (r.dueAt ? Date.parse(r.dueAt) : Number.POSITIVE_INFINITY);
  return [...rows].sort((a, b) => {
    const overdue = Number(isOverdue(b)) - Number(isOverdue(a));
    if (overdue !== 0) return overdue;
    const byDue = due(a) - due(b);
    if (byDue !== 0 && !Number.isNaN(byDue)) return byDue;
    return Date.parse(a.createdAt) - Date.parse(b.createdAt);
  });
}

function isOverdue(r: InboxRow): boolean {
  return r.overdue || (r.workingDaysLeft ?? 0) < 0;
}

export type InboxTab = 'mine' | 'groups' | 'all';

/** "Mine": assigned to me (claimed or given to me by name). "My groups": offered to a group, not yet claimed. */
export function rowsOfTab<T extends InboxRow>(rows: readonly T[], tab: InboxTab, userName: string | null | undefined): T[] {
  const me = (userName ?? '').toLowerCase();
  switch (tab) {
    case 'mine':
      return rows.filter((r) => !!r.assignee && r.assignee.toLowerCase() === me);
    case 'groups':
      return rows.filter((r) => !r.assignee);
    default:
      return [...rows];
  }
}

/** One page of a list already held in memory. */
export function pageOf<T>(rows: readonly T[], page: number, pageSize: number): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const current = Math.min(Math.max(1, page), pages);
  return { items: rows.slice((current - 1) * pageSize, current * pageSize), page: current, pages };
}
