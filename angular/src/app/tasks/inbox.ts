/** The inbox's tabs (the server's task scopes); the tone of the time left is shared/days-left. */
import { formatDay } from '../shared/format/money';

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

/** Camunda's default task priority: the inbox marks only tasks above or below it. */
export const DEFAULT_PRIORITY = 50;

/** The priority badge of a task: 'high' above Camunda's default 50, 'low' below it, none at the default. */
export function priorityLevel(priority: number | null | undefined): 'high' | 'low' | null {
  if (priority == null || priority === DEFAULT_PRIORITY) return null;
  return priority > DEFAULT_PRIORITY ? 'high' : 'low';
}

/** A task's follow-up date (a timestamp) as the day it falls on in the user's time zone, day first: 20/02/2099. */
export function followUpDay(value: string | null | undefined): string {
  if (!value) return formatDay(value);
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const pad = (n: number) => String(n).padStart(2, '0');
  return formatDay(`${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`);
}
