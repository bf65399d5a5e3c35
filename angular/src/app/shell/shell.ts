import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { TranslocoPipe } from '@jsverse/transloco';
import { filter } from 'rxjs';

import { AuthService } from '../core/auth/auth.service';
import { Icon } from '../shared/icon/icon';
import { LanguageSwitch } from '../shared/language-switch/language-switch';
import { InboxCount } from '../tasks/inbox-count';
import { NotificationBell } from '../notifications/notification-bell';
import { NAV_ITEMS } from './nav-items';

/** The signed-in frame: top bar, side navigation, and the section pages inside. */
@Component({
  selector: 'app-shell',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslocoPipe, Icon, LanguageSwitch, NotificationBell],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '(document:click)': 'onDocumentClick($event)',
    '(document:keydown.escape)': 'closeOverlays()',
  },
})
export class Shell {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** Open tasks of the user, shown on the Công việc item. */
  protected readonly inboxCount = inject(InboxCount).count;
  private readonly inbox = inject(InboxCount);
  protected readonly user = this.auth.user;
  protected readonly navItems = computed(() => {
    this.auth.user(); // re-filter when the user changes
    return NAV_ITEMS.filter((item) => !item.permissions || item.permissions.some((p) => this.auth.can(p)));
  });
  protected readonly initials = computed(() => initialsOf(this.user()?.displayName ?? ''));
  protected readonly menuOpen = signal(false);
  protected readonly navOpen = signal(false);
  protected readonly signingOut = signal(false);

  constructor() {
    this.router.events
      .pipe(
        filter((e) => e instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => {
        this.navOpen.set(false);
        void this.inbox.refresh();
      });
  }

  protected roleKey(role: string): string {
    return `roles.${role}`;
  }

  protected toggleMenu(): void {
    this.menuOpen.update((open) => !open);
  }

  protected onDocumentClick(event: MouseEvent): void {
    const menu = this.host.nativeElement.querySelector('.user');
    if (this.menuOpen() && menu && !menu.contains(event.target as Node)) {
      this.menuOpen.set(false);
    }
  }

  protected closeOverlays(): void {
    this.menuOpen.set(false);
    this.navOpen.set(false);
  }

  protected async signOut(): Promise<void> {
    this.signingOut.set(true);
    try {
      await this.auth.signOut();
    } catch {
      // the session is dropped locally either way; the API clears its cookie when it can
    } finally {
      this.signingOut.set(false);
      this.menuOpen.set(false);
    }
    await this.router.navigateByUrl('/login');
  }
}

/** "Nguyễn Văn An" → "NA": first and last word, as Vietnamese names are usually addressed. */
function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) {
    return '?';
  }
  const first = words[0][0];
  const last = words.length > 1 ? words[words.length - 1][0] : '';
  return (first + last).toLocaleUpperCase('vi');
}
