import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService, provideTranslocoScope } from '@jsverse/transloco';

import { Api } from '../api/api';
import { getNotificationPreferences, listNotifications, setLanguagePreference, setNotificationPreferences } from '../api/functions';
import { NotificationDto, NotificationPreferenceDto } from '../api/models';
import { AuthService } from '../core/auth/auth.service';
import { LanguageService } from '../core/i18n/language.service';
import { NOTIFICATIONS_SCOPE } from '../core/i18n/scopes';
import { EmptyState } from '../shared/empty-state/empty-state';
import { DateTimePipe } from '../shared/format/money';
import { Icon } from '../shared/icon/icon';
import { NotificationCenter, notificationRoute, timeAgo } from './notification-center';
import { Pager } from '../shared/pager/pager';

const PAGE_SIZE = 20;

/** "Thông báo": every notification of the user, paged, with an unread filter; and the e-mail preferences. */
@Component({
  selector: 'app-notifications-page',
  imports: [TranslocoPipe, RouterLink, EmptyState, DateTimePipe, Icon, Pager],
  providers: [provideTranslocoScope(NOTIFICATIONS_SCOPE)],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notifications-page.html',
  styleUrl: './notifications-page.scss',
})
export class NotificationsPage {
  private readonly api = inject(Api);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly router = inject(Router);
  protected readonly center = inject(NotificationCenter);

  protected readonly items = signal<NotificationDto[]>([]);
  protected readonly total = signal(0);
  protected readonly page = signal(1);
  protected readonly unreadOnly = signal(false);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.total() / PAGE_SIZE)));

  protected readonly prefs = signal<NotificationPreferenceDto[]>([]);
  protected readonly prefsSaving = signal(false);
  protected readonly prefsMessage = signal<{ ok: boolean; text: string } | null>(null);
  private readonly auth = inject(AuthService);
  /** The language reminders are written and e-mailed in for this user (vi unless chosen). */
  protected readonly mailLanguage = signal(this.auth.user()?.language === 'en' ? 'en' : 'vi');

  ngOnInit(): void {
    void this.load();
    void this.loadPrefs();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      const list = await this.api.invoke(listNotifications, {
        unread: this.unreadOnly() ? true : undefined,
        page: this.page(),
        pageSize: PAGE_SIZE,
      });
      this.items.set(list.items);
      this.total.set(list.total);
      this.center.unread.set(list.unreadCount);
    } catch {
      this.loadError.set(this.transloco.translate('common.loadFailed'));
    } finally {
      this.loading.set(false);
    }
  }

  protected setUnreadOnly(value: boolean): void {
    this.unreadOnly.set(value);
    this.page.set(1);
    void this.load();
  }

  protected go(page: number): void {
    this.page.set(Math.min(Math.max(1, page), this.pages()));
    void this.load();
  }

  protected ago(n: NotificationDto): string {
    return timeAgo(n.createdAt, this.language.culture());
  }

  protected routeOf(n: NotificationDto): string | null {
    return notificationRoute(n);
  }

  protected async markRead(n: NotificationDto): Promise<void> {
    try {
      const updated = await this.center.markRead(n);
      this.items.update((list) => list.map((x) => (x.id === n.id ? updated : x)));
      if (this.unreadOnly()) void this.load();
    } catch {
      this.loadError.set(this.transloco.translate('common.saveFailed'));
    }
  }

  protected async open(n: NotificationDto): Promise<void> {
    await this.markRead(n);
    const route = notificationRoute(n);
    if (route) await this.router.navigateByUrl(route);
  }

  protected async markAll(): Promise<void> {
    try {
      await this.center.markAllRead();
      await this.load();
    } catch {
      this.loadError.set(this.transloco.translate('common.saveFailed'));
    }
  }

  private async loadPrefs(): Promise<void> {
    try {
      this.prefs.set(await this.api.invoke(getNotificationPreferences));
    } catch {
      this.prefsMessage.set({ ok: false, text: this.transloco.translate('common.loadFailed') });
    }
  }

  protected togglePref(kind: string, email: boolean): void {
    this.prefs.update((list) => list.map((p) => (p.kind === kind ? { ...p, email } : p)));
    this.prefsMessage.set(null);
  }

  protected setMailLanguage(language: string): void {
    this.mailLanguage.set(language === 'en' ? 'en' : 'vi');
    this.prefsMessage.set(null);
  }

  protected async savePrefs(): Promise<void> {
    this.prefsSaving.set(true);
    this.prefsMessage.set(null);
    try {
      this.prefs.set(await this.api.invoke(setNotificationPreferences, { body: this.prefs() }));
      if (this.mailLanguage() !== (this.auth.user()?.language ?? 'vi')) {
        await this.api.invoke(setLanguagePreference, { body: { language: this.mailLanguage() } });
        await this.auth.loadCurrentUser();
      }
      this.prefsMessage.set({ ok: true, text: this.transloco.translate('notifications.prefs.saved') });
    } catch {
      this.prefsMessage.set({ ok: false, text: this.transloco.translate('common.saveFailed') });
    } finally {
      this.prefsSaving.set(false);
    }
  }
}
