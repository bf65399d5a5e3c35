import { Injectable, inject, signal } from '@angular/core';

import { Api } from '../api/api';
import { listNotifications, markAllNotificationsRead, markNotificationRead } from '../api/functions';
import { NotificationDto } from '../api/models';

/**
 * The signed-in user's unread count and latest notifications, shared by the bell and the
 * notifications page so that marking one read anywhere updates the badge everywhere.
 */
@Injectable({ providedIn: 'root' })
export class NotificationCenter {
  private readonly api = inject(Api);

  readonly unread = signal(0);
  readonly latest = signal<NotificationDto[]>([]);
  readonly loaded = signal(false);
  readonly failed = signal(false);

  /** Re-reads the latest ten and the unread count. */
  async refresh(): Promise<void> {
    try {
      const list = await this.api.invoke(listNotifications, { page: 1, pageSize: 10 });
      this.latest.set(list.items);
      this.unread.set(list.unreadCount);
      this.failed.set(false);
    } catch {
      this.failed.set(true);
    } finally {
      this.loaded.set(true);
    }
  }

  async markRead(n: NotificationDto): Promise<NotificationDto> {
    if (n.readAt) return n;
    const updated = await this.api.invoke(markNotificationRead, { id: n.id });
    this.latest.update((list) => list.map((x) => (x.id === n.id ? updated : x)));
    this.unread.update((c) => Math.max(0, c - 1));
    return updated;
  }

  async markAllRead(): Promise<void> {
    await this.api.invoke(markAllNotificationsRead);
    const now = new Date().toISOString();
    this.latest.update((list) => list.map((x) => (x.readAt ? x : { ...x, readAt: now })));
    this.unread.set(0);
  }
}

/** Where a notification leads in the app: its link if it is one of ours, else its project. */
export function notificationRoute(n: Pick<NotificationDto, 'link' | 'projectId'>): string | null {
  if (n.link) {
    try {
      const url = new URL(n.link, 'http://app.invalid');
      if (url.origin === 'http://app.invalid' || url.pathname.startsWith('/')) return url.pathname + url.search;
    } catch {
      // not a URL: fall through to the project
    }
  }
  return n.projectId ? `/projects/${n.projectId}` : null;
}

/** "3 phút trước" / "3 minutes ago" for a timestamp, in the user's language. */
export function timeAgo(iso: string, culture: string, now = Date.now()): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat(culture, { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 60) return rtf.format(0, 'second');
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return rtf.format(Math.round(seconds / 3600), 'hour');
  if (abs < 30 * 86_400) return rtf.format(Math.round(seconds / 86_400), 'day');
  if (abs < 365 * 86_400) return rtf.format(Math.round(seconds / (30 * 86_400)), 'month');
  return rtf.format(Math.round(seconds / (365 * 86_400)), 'year');
}
