import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { Api } from '../../api/api';
import { listOutboxMail, retryOutboxMail } from '../../api/functions';
import { MailStatus, PagedResultOfOutboxMailDto } from '../../api/models';
import { problemOf } from '../../core/http/problem-details';
import { DateTimePipe } from '../../shared/format/money';
import { Icon } from '../../shared/icon/icon';
import { Pager } from '../../shared/pager/pager';

/** The mail outbox for administrators: failed mails first, with their last error, sent again on request. */
@Component({
  selector: 'app-mail-outbox-page',
  imports: [TranslocoPipe, RouterLink, Icon, DateTimePipe, Pager],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back" routerLink="/admin"><app-icon name="arrowLeft" /> {{ 'pages.admin.title' | transloco }}</a>
    <header class="page-header">
      <h1 data-testid="page-title">{{ 'mail.title' | transloco }}</h1>
      <p>{{ 'mail.subtitle' | transloco }}</p>
    </header>
    <section class="panel">
      <div class="toolbar" role="group" [attr.aria-label]="'mail.filter' | transloco">
        @for (s of statuses; track s) {
          <button type="button" class="btn small" [class.primary]="status() === s" [attr.aria-pressed]="status() === s" (click)="choose(s)" [attr.data-testid]="'mail-status-' + s">
            {{ 'mail.status.' + s | transloco }}
          </button>
        }
        @if (result(); as r) { <span class="count">{{ 'mail.total' | transloco: { n: r.totalCount } }}</span> }
        @if (loading()) { <span class="spinner" role="status" [attr.aria-label]="'common.loading' | transloco"></span> }
      </div>
      @if (message(); as m) { <div class="alert" [class.success]="m.ok" role="status" data-testid="mail-message"><span>{{ m.text }}</span></div> }
      @if (result(); as r) {
        <ul class="mails" data-testid="mails">
          @for (m of r.items; track m.id) {
            <li data-testid="mail-row">
              <div class="main">
                <strong>{{ m.subject }}</strong>
                <span class="muted">{{ 'mail.to' | transloco }} {{ m.toAddress }} · {{ m.createdAt | dateTime }} · {{ 'mail.attempts' | transloco: { n: m.attempts } }}</span>
                @if (m.lastError) { <span class="error">{{ m.lastError }}</span> }
              </div>
              <span class="pill">{{ 'mail.status.' + m.status | transloco }}</span>
              @if (m.status === 'Failed') {
                <button type="button" class="btn small" (click)="retry(m.id)" [disabled]="retrying() === m.id" data-testid="mail-retry">{{ 'mail.retry' | transloco }}</button>
              }
            </li>
          } @empty {
            <li class="muted">{{ 'mail.empty' | transloco }}</li>
          }
        </ul>
        @if (pages() > 1) {
          <app-pager [page]="page()" [pages]="pages()" testId="mail-pager" (pageChange)="goTo($event)" />
        }
      }
    </section>
  `,
  styles: `
    .toolbar { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; padding: 12px 16px; }
    .mails { list-style: none; margin: 0; padding: 0; }
    .mails li { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; padding: 12px 16px; border-top: 1px solid var(--ia-border, #e3e7ee); }
    .main { display: flex; flex-direction: column; gap: 2px; flex: 1 1 260px; min-width: 0; overflow-wrap: anywhere; }
    .error { color: #8a1c1c; font-size: 13px; }
  `,
})
export class MailOutboxPage {
  private readonly api = inject(Api);
  private readonly transloco = inject(TranslocoService);
  protected readonly statuses: Exclude<MailStatus, null>[] = ['Failed', 'Pending', 'Sent'];
  protected readonly status = signal<Exclude<MailStatus, null>>('Failed');
  protected readonly page = signal(1);
  protected readonly result = signal<PagedResultOfOutboxMailDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly retrying = signal<string | null>(null);
  protected readonly message = signal<{ ok: boolean; text: string } | null>(null);
  protected readonly pages = computed(() => {
    const r = this.result();
    return r ? Math.max(1, Math.ceil(r.totalCount / r.pageSize)) : 1;
  });

  constructor() {
    void this.load();
  }

  protected choose(s: Exclude<MailStatus, null>): void {
    this.status.set(s);
    this.page.set(1);
    void this.load();
  }

  protected goTo(p: number): void {
    this.page.set(p);
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    try {
      this.result.set(await this.api.invoke(listOutboxMail, { status: this.status(), page: this.page(), pageSize: 20 }));
    } catch (e) {
      this.message.set({ ok: false, text: problemOf(e)?.detail ?? this.transloco.translate('common.loadFailed') });
    } finally {
      this.loading.set(false);
    }
  }

  protected async retry(id: string): Promise<void> {
    this.retrying.set(id);
    try {
      await this.api.invoke(retryOutboxMail, { id });
      this.message.set({ ok: true, text: this.transloco.translate('mail.requeued') });
      await this.load();
    } catch (e) {
      this.message.set({ ok: false, text: problemOf(e)?.detail ?? this.transloco.translate('common.saveFailed') });
    } finally {
      this.retrying.set(null);
    }
  }
}
