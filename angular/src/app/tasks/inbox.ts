/** The inbox's tabs (the server's task scopes) and the tone of the time left. */

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

/**
 * The tabs are the scopes of `GET /api/v1/tasks`, which filters, orders (overdue first, then by deadline), pages and
 * counts on the server: "mine" assigned to me, "groups" offered to my groups and unclaimed, "overdue", "all" (administrators).
 */
export type InboxTab = 'mine' | 'groups' | 'overdue' | 'all';

export function inboxTabs(isAdmin: boolean): InboxTab[] {
  return isAdmin ? ['mine', 'groups', 'overdue', 'all'] : ['mine', 'groups', 'overdue'];
}

/** The number of pages of `total` rows (at least one). */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
