/** The inbox's tabs (the server's task scopes); the tone of the time left is shared/days-left. */

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
