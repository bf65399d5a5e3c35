import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService, provideTranslocoScope } from '@jsverse/transloco';

import { Api } from '../api/api';
import { acceptProposal, listProposals, rejectProposal } from '../api/functions';
import { ProposalDto, ProposalStatus } from '../api/models';
import { AuthService } from '../core/auth/auth.service';
import { Permissions } from '../core/auth/permission-names';
import { problemOf } from '../core/http/problem-details';
import { REVIEW_SCOPE } from '../core/i18n/scopes';
import { EmptyState } from '../shared/empty-state/empty-state';
import { DateTimePipe } from '../shared/format/money';
import { Pager } from '../shared/pager/pager';

/** "Đề xuất chờ xác nhận": outside edits waiting for an officer, field by field (old → new), accepted whole or in part, or rejected with a comment. */
@Component({
  selector: 'app-proposals-page',
  imports: [FormsModule, RouterLink, TranslocoPipe, DateTimePipe, EmptyState, Pager],
  providers: [provideTranslocoScope(REVIEW_SCOPE)],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <div class="title">
        <h1 data-testid="page-title">{{ 'review.proposals.title' | transloco }}</h1>
        <p>{{ (staff() ? 'review.proposals.leadStaff' : 'review.proposals.leadOwner') | transloco }}</p>
      </div>
    </header>
    <div class="filters">
      @for (s of statuses; track s) {
        <button type="button" class="chip" [class.active]="status() === s" (click)="setStatus(s)" [attr.data-testid]="'proposal-filter-' + (s || 'all')">
          {{ 'review.proposals.filter.' + (s || 'all') | transloco }}
        </button>
      }
    </div>
    @if (error(); as message) {
      <div class="alert" role="alert" data-testid="proposal-error">{{ message }}</div>
    }
    @if (loading()) {
      <p class="muted"><span class="spinner"></span> {{ 'common.loading' | transloco }}</p>
    } @else if (items().length === 0) {
      <app-empty-state icon="history" [title]="'review.proposals.empty' | transloco" [text]="'review.proposals.emptyText' | transloco" />
    } @else {
      <p class="muted" data-testid="proposal-count">{{ 'review.proposals.count' | transloco: { n: total() } }}</p>
      @for (p of items(); track p.id) {
        <article class="panel proposal" data-testid="proposal" [attr.data-status]="p.status">
          <header>
            <div>
              <a [routerLink]="['/projects', p.projectId]" class="code">{{ p.projectCode }}</a>
              <strong> {{ p.projectName }}</strong>
              <div class="muted small">
                {{ 'review.kind.' + p.kind | transloco }} · {{ p.proposedByName || '—' }} · {{ p.proposedAt | dateTime }}
              </div>
            </div>
            <span class="badge" [class]="'badge ' + p.status" data-testid="proposal-status">{{ 'review.status.' + p.status | transloco }}</span>
          </header>
          <p class="reason"><span class="muted">{{ 'review.proposals.reason' | transloco }}:</span> {{ p.reason }}</p>
          @if (p.attachments.length) {
            <p class="small"><span class="muted">{{ 'review.proposals.attachments' | transloco }}:</span> {{ p.attachments.join(', ') }}</p>
          }
          <table class="diff" data-testid="proposal-diff">
            <thead>
              <tr>
                @if (canDecide(p)) { <th class="pick"><span class="visually-hidden">{{ 'review.proposals.pick' | transloco }}</span></th> }
                <th>{{ 'review.proposals.field' | transloco }}</th>
                <th>{{ 'review.proposals.old' | transloco }}</th>
                <th><span class="visually-hidden">{{ 'review.proposals.becomes' | transloco }}</span></th>
                <th>{{ 'review.proposals.new' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (c of p.changes; track c.field) {
                <tr [class.refused]="c.accepted === false" [class.taken]="c.accepted === true">
                  @if (canDecide(p)) {
                    <td class="pick">
                      @if (p.kind === 'project-data') {
                        <input type="checkbox" [checked]="isPicked(p.id, c.field)" (change)="toggle(p.id, c.field)" [attr.data-testid]="'pick-' + c.field" [attr.aria-label]="('review.proposals.pick' | transloco) + ': ' + (lang() === 'en' ? c.labelEn : c.labelVi)" />
                      }
                    </td>
                  }
                  <td>{{ lang() === 'en' ? c.labelEn : c.labelVi }}</td>
                  <td class="old">{{ c.oldValue ?? '—' }}</td>
                  <td class="arrow">→</td>
                  <td class="new">{{ c.newValue ?? '—' }}</td>
                </tr>
              }
            </tbody>
          </table>
          @if (p.decisionComment || p.decidedByName) {
            <p class="small muted">{{ 'review.proposals.decided' | transloco: { who: p.decidedByName || '—' } }} {{ p.decidedAt | dateTime }}{{ p.decisionComment ? ': ' + p.decisionComment : '' }}</p>
          }
          @if (canDecide(p)) {
            <div class="actions">
              <input type="text" class="comment" [placeholder]="'review.proposals.commentPlaceholder' | transloco" [(ngModel)]="comments[p.id]" data-testid="proposal-comment" />
              <button type="button" class="btn danger-outline" [disabled]="busy()" (click)="reject(p)" data-testid="proposal-reject">{{ 'review.proposals.reject' | transloco }}</button>
              @if (p.kind === 'project-data') {
                <button type="button" class="btn" [disabled]="busy() || !picked(p.id).length" (click)="accept(p, true)" data-testid="proposal-accept-some">
                  {{ 'review.proposals.acceptSome' | transloco: { n: picked(p.id).length } }}
                </button>
              }
              <button type="button" class="btn primary" [disabled]="busy()" (click)="accept(p, false)" data-testid="proposal-accept">{{ 'review.proposals.acceptAll' | transloco }}</button>
            </div>
          }
        </article>
      }
      <app-pager [page]="page()" [pages]="pages()" [total]="total()" testId="proposals-pager" (pageChange)="go($event)" />
    }
  `,
  styles: `
    .filters { display: flex; gap: 8px; margin-bottom: 12px; flex-wrap: wrap; }
    .chip { border: 1px solid var(--ia-border); background: var(--ia-surface); border-radius: 999px; padding: 4px 12px; cursor: pointer; }
    .chip.active { background: var(--ia-primary); color: #fff; border-color: var(--ia-primary); }
    .proposal { padding: 14px 16px; margin-bottom: 12px; }
    .proposal header { display: flex; justify-content: space-between; gap: 12px; align-items: flex-start; }
    .code { font-family: var(--ia-mono, monospace); }
    .small { font-size: 0.8125rem; }
    .muted { color: var(--ia-text-muted); }
    .reason { margin: 8px 0; }
    .badge { border-radius: 999px; padding: 2px 10px; font-size: 0.8125rem; background: #fef0c7; color: #93370d; white-space: nowrap; }
    .badge.Accepted { background: #d1fadf; color: #05603a; }
    .badge.PartiallyAccepted { background: #e0f2fe; color: #075985; }
    .badge.Rejected { background: #fee4e2; color: #912018; }
    table.diff { width: 100%; border-collapse: collapse; font-size: 0.875rem; }
    .diff th, .diff td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--ia-border); vertical-align: top; }
    .diff .old { color: #912018; text-decoration: line-through; text-decoration-color: #f9707066; }
    .diff .new { color: #05603a; font-weight: 500; }
    .diff .arrow { color: var(--ia-text-muted); width: 16px; }
    .diff .pick { width: 28px; }
    tr.refused td { opacity: 0.55; }
    .actions { display: flex; gap: 8px; justify-content: flex-end; margin-top: 10px; flex-wrap: wrap; }
    .comment { flex: 1 1 240px; min-width: 200px; padding: 6px 10px; border: 1px solid var(--ia-border); border-radius: 6px; }
  `,
})
export class ProposalsPage {
  private readonly api = inject(Api);
  private readonly auth = inject(AuthService);
  private readonly transloco = inject(TranslocoService);

  protected readonly statuses: (ProposalStatus | '')[] = ['Pending', 'Accepted', 'PartiallyAccepted', 'Rejected', ''];
  protected readonly status = signal<ProposalStatus | ''>('Pending');
  protected readonly items = signal<ProposalDto[]>([]);
  protected readonly total = signal(0);
  protected readonly page = signal(1);
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.total() / 20)));
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly staff = computed(() => (this.auth.user(), this.auth.can(Permissions.ProposalsDecide)));
  protected readonly lang = signal(this.transloco.getActiveLang());
  protected comments: Record<string, string> = {};
  private readonly picks = signal<Record<string, string[]>>({});

  ngOnInit(): void {
    // Values come formatted in the request's language (dates, money, names): read them again when it changes.
    this.transloco.langChanges$.subscribe((l) => {
      if (l !== this.lang()) {
        this.lang.set(l);
        void this.load();
      }
    });
    void this.load();
  }

  protected setStatus(s: ProposalStatus | ''): void {
    this.status.set(s);
    this.page.set(1);
    void this.load();
  }

  protected go(page: number): void {
    this.page.set(page);
    void this.load();
  }

  protected canDecide(p: ProposalDto): boolean {
    return this.staff() && p.status === 'Pending';
  }

  protected picked(id: string): string[] {
    return this.picks()[id] ?? [];
  }

  protected isPicked(id: string, field: string): boolean {
    return this.picked(id).includes(field);
  }

  protected toggle(id: string, field: string): void {
    const now = this.picked(id);
    this.picks.update((all) => ({ ...all, [id]: now.includes(field) ? now.filter((f) => f !== field) : [...now, field] }));
  }

  protected async accept(p: ProposalDto, onlyPicked: boolean): Promise<void> {
    const body = { fields: onlyPicked ? this.picked(p.id) : null, comment: this.comments[p.id]?.trim() || null };
    await this.act(() => this.api.invoke(acceptProposal, { id: p.id, body }));
  }

  protected async reject(p: ProposalDto): Promise<void> {
    const comment = this.comments[p.id]?.trim();
    if (!comment) {
      this.error.set(this.transloco.translate('review.proposals.commentRequired'));
      return;
    }
    await this.act(() => this.api.invoke(rejectProposal, { id: p.id, body: { comment } }));
  }

  private async act(call: () => Promise<unknown>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await call();
      await this.load();
    } catch (e) {
      this.error.set(problemOf(e)?.detail ?? this.transloco.translate('common.saveFailed'));
    } finally {
      this.busy.set(false);
    }
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    try {
      const result = await this.api.invoke(listProposals, { status: this.status() || undefined, page: this.page(), pageSize: 20 });
      this.items.set(result.items);
      this.total.set(result.totalCount);
    } catch (e) {
      this.error.set(problemOf(e)?.detail ?? this.transloco.translate('common.loadFailed'));
    } finally {
      this.loading.set(false);
    }
  }
}
