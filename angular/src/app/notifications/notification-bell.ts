import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { TranslocoPipe, provideTranslocoScope } from '@jsverse/transloco';
import { filter } from 'rxjs';

import { NotificationDto } from '../api/models';
import { LanguageService } from '../core/i18n/language.service';
import { NOTIFICATIONS_SCOPE } from '../core/i18n/scopes';
import { NotificationCenter, notificationRoute, timeAgo } from './notification-center';

export const POLL_MS = 60_000;

/** The bell in the top bar: unread count (polled every minute and on navigation) and the latest ten. */
@Component({
  selector: 'app-notification-bell',
  imports: [TranslocoPipe, RouterLink],
  providers: [provideTranslocoScope(NOTIFICATIONS_SCOPE)],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '(document:click)': 'onDocumentClick($event)',
    '(document:keydown.escape)': 'open.set(false)',
  },
  templateUrl: './notification-bell.html',
  styleUrl: './notification-bell.scss',
})
export class NotificationBell {
  protected readonly center = inject(NotificationCenter);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly language = inject(LanguageService);
  protected readonly open = signal(false);
  protected readonly busy = signal(false);

  constructor() {
    void this.center.refresh();
    const timer = setInterval(() => void this.center.refresh(), POLL_MS);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
    this.router.events
      .pipe(
        filter((e) => e instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => {
        this.open.set(false);
        void this.center.refresh();
      });
  }

  protected toggle(): void {
    this.open.update((o) => !o);
    if (this.open()) void this.center.refresh();
  }

  protected onDocumentClick(event: MouseEvent): void {
    if (this.open() && !this.host.nativeElement.contains(event.target as Node)) this.open.set(false);
  }

  protected ago(n: NotificationDto): string {
    return timeAgo(n.createdAt, this.language.culture());
  }

  protected routeOf(n: NotificationDto): string | null {
    return notificationRoute(n);
  }

  protected async follow(n: NotificationDto, event: Event): Promise<void> {
    event.preventDefault();
    this.open.set(false);
    try {
      await this.center.markRead(n);
    } catch {
      // still follow the link
    }
    const route = notificationRoute(n);
    if (route) await this.router.navigateByUrl(route);
  }

  protected async markAll(): Promise<void> {
    this.busy.set(true);
    try {
      await this.center.markAllRead();
    } finally {
      this.busy.set(false);
    }
  }
}
