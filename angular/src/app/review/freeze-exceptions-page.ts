import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService, provideTranslocoScope } from '@jsverse/transloco';

import { Api } from '../api/api';
import { checkFrozenPeriod, grantFreezeException, listFreezeExceptions, listProjects } from '../api/functions';
import { FreezeExceptionDto, FrozenCheckDto, ProjectListItemDto } from '../api/models';
import { AuthService } from '../core/auth/auth.service';
import { Permissions } from '../core/auth/permission-names';
import { problemOf } from '../core/http/problem-details';
import { REVIEW_SCOPE } from '../core/i18n/scopes';
import { EmptyState } from '../shared/empty-state/empty-state';
import { DateTimePipe } from '../shared/format/money';

type Filter = 'all' | 'unused' | 'used';

/**
 * "Ngoại lệ khóa sổ": a leader lets one entry of one project into a frozen month, with a reason (audited); everyone on
 * the department's side sees the exceptions granted, and whether each has been used and for what.
 */
@Component({
  selector: 'app-freeze-exceptions-page',
  imports: [FormsModule, RouterLink, TranslocoPipe, DateTimePipe, EmptyState],
  providers: [provideTranslocoScope(REVIEW_SCOPE)],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <div class="title">
        <h1 data-testid="page-title">{{ 'review.freeze.title' | transloco }}</h1>
        <p>{{ 'review.freeze.lead' | transloco }}</p>
      </div>
    </header>
    @if (error(); as message) {
      <div class="alert" role="alert" data-testid="freeze-error">{{ message }}</div>
    }
    @if (notice(); as message) {
      <div class="alert success" role="status" data-testid="freeze-notice">{{ message }}</div>
    }

    @if (leader()) {
      <section class="panel pad" data-testid="freeze-form">
        <h2>{{ 'review.freeze.grantTitle' | transloco }}</h2>
        <div class="grid">
          <label class="wide" [class.invalid]="fieldError('projectId')">{{ 'review.freeze.project' | transloco }}
            <select [(ngModel)]="projectId" (ngModelChange)="check()" data-testid="freeze-project">
              <option value="">{{ 'review.freeze.projectPlaceholder' | transloco }}</option>
              @for (p of projects(); track p.id) {
                <option [value]="p.id">{{ p.code }} — {{ lang() === 'en' && p.nameEn ? p.nameEn : p.nameVi }}</option>
              }
            </select>
            @if (fieldError('projectId'); as m) { <span class="field-error" data-testid="freeze-error-projectId">{{ m }}</span> }
          </label>
          <label [class.invalid]="fieldError('year')">{{ 'review.freeze.year' | transloco }}
            <input type="number" min="1988" max="2100" [(ngModel)]="year" (ngModelChange)="check()" data-testid="freeze-year" />
            @if (fieldError('year'); as m) { <span class="field-error">{{ m }}</span> }
          </label>
          <label [class.invalid]="fieldError('month')">{{ 'review.freeze.month' | transloco }}
            <select [(ngModel)]="month" (ngModelChange)="check()" data-testid="freeze-month">
              @for (m of months; track m) { <option [ngValue]="m">{{ m }}</option> }
            </select>
            @if (fieldError('month'); as m) { <span class="field-error">{{ m }}</span> }
          </label>
          <label class="wide" [class.invalid]="fieldError('reason')">{{ 'review.freeze.reason' | transloco }}
            <textarea rows="3" [(ngModel)]="reason" [placeholder]="'review.freeze.reasonPlaceholder' | transloco" data-testid="freeze-reason"></textarea>
            @if (fieldError('reason'); as m) { <span class="field-error" data-testid="freeze-error-reason">{{ m }}</span> }
          </label>
        </div>
        @if (frozen(); as f) {
          <p class="hint" [class.frozen]="f.frozen" data-testid="freeze-check">
            @if (f.frozen) {
              {{ lang() === 'en' ? f.reasonEn : f.reasonVi }}
            } @else {
              {{ 'review.freeze.notFrozen' | transloco: { m: pad(month), y: year } }}
            }
          </p>
        }
        <div class="actions">
          <button type="button" class="btn primary" [disabled]="busy()" (click)="grant()" data-testid="freeze-grant">{{ 'review.freeze.grant' | transloco }}</button>
        </div>
      </section>
    } @else {
      <p class="muted" data-testid="freeze-only-leader">{{ 'review.freeze.onlyLeader' | transloco }}</p>
    }

    <section class="panel pad">
      <div class="list-head">
        <h2>{{ 'review.freeze.listTitle' | transloco }}</h2>
        <div class="filters" role="group" [attr.aria-label]="'review.freeze.filter' | transloco">
          @for (f of filters; track f.id) {
            <button type="button" class="chip" [class.active]="filter() === f.id" [attr.aria-pressed]="filter() === f.id" (click)="filter.set(f.id)" [attr.data-testid]="'freeze-filter-' + f.id">
              {{ f.key | transloco }}
            </button>
          }
        </div>
      </div>
      @if (loading()) {
        <p class="muted"><span class="spinner"></span> {{ 'common.loading' | transloco }}</p>
      } @else if (shown().length === 0) {
        <app-empty-state icon="history" [title]="'review.freeze.empty' | transloco" [text]="'review.freeze.emptyText' | transloco" />
      } @else {
        <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'review.freeze.listTitle' | transloco">
          <table class="data-table" data-testid="freeze-exceptions">
            <thead>
              <tr>
                <th scope="col">{{ 'review.freeze.project' | transloco }}</th>
                <th scope="col">{{ 'review.freeze.period' | transloco }}</th>
                <th scope="col">{{ 'review.freeze.reason' | transloco }}</th>
                <th scope="col">{{ 'review.freeze.grantedBy' | transloco }}</th>
                <th scope="col">{{ 'review.freeze.status' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (e of shown(); track e.id) {
                <tr data-testid="freeze-exception" [attr.data-used]="e.usedAt ? 'yes' : 'no'">
                  <td><a [routerLink]="['/projects', e.projectId]" class="code">{{ e.projectCode }}</a> {{ e.projectName }}</td>
                  <td class="nowrap">{{ pad(e.month) }}/{{ e.year }}</td>
                  <td>{{ e.reason }}</td>
                  <td>{{ e.grantedByName || '—' }}<div class="muted small">{{ e.grantedAt | dateTime }}</div></td>
                  <td>
                    @if (e.usedAt) {
                      <span class="badge used">{{ 'review.freeze.used' | transloco: { when: (e.usedAt | dateTime) } }}</span>
                      @if (e.usedFor) { <div class="muted small">{{ e.usedFor }}</div> }
                    } @else {
                      <span class="badge unused">{{ 'review.freeze.unused' | transloco }}</span>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </section>
  `,
  styles: `
    .pad { padding: 14px 16px; margin-bottom: 16px; }
    .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: 12px; }
    .grid .wide { grid-column: 1 / -1; }
    label { display: flex; flex-direction: column; gap: 4px; font-size: 0.875rem; }
    input, select, textarea { padding: 6px 8px; border: 1px solid var(--ia-border); border-radius: 6px; font: inherit; min-width: 0; }
    .invalid input, .invalid select, .invalid textarea { border-color: #d92d20; }
    .field-error { color: #b42318; font-size: 0.8125rem; }
    .hint { margin: 10px 0 0; padding: 8px 10px; border-radius: 6px; background: #f2f4f7; font-size: 0.875rem; }
    .hint.frozen { background: #fef0c7; color: #93370d; }
    .actions { display: flex; justify-content: flex-end; margin-top: 12px; }
    .list-head { display: flex; justify-content: space-between; align-items: center; gap: 12px; flex-wrap: wrap; }
    .filters { display: flex; gap: 8px; flex-wrap: wrap; }
    .chip { border: 1px solid var(--ia-border); background: var(--ia-surface); border-radius: 999px; padding: 4px 12px; cursor: pointer; }
    .chip.active { background: var(--ia-primary); color: #fff; border-color: var(--ia-primary); }
    .code { font-family: var(--ia-mono, monospace); }
    .nowrap { white-space: nowrap; }
    .small { font-size: 0.8125rem; }
    .muted { color: var(--ia-text-muted); }
    .badge { border-radius: 999px; padding: 2px 10px; font-size: 0.8125rem; white-space: nowrap; }
    .badge.unused { background: #fef0c7; color: #93370d; }
    .badge.used { background: #d1fadf; color: #05603a; }
    .data-table td { vertical-align: top; }
    .data-table td:first-child { min-width: 12rem; }
    /* The reason keeps a readable width; on a phone the table scrolls sideways instead of one word per line. */
    .data-table td:nth-child(3) { min-width: 14rem; }
  `,
})
export class FreezeExceptionsPage {
  private readonly api = inject(Api);
  private readonly auth = inject(AuthService);
  private readonly transloco = inject(TranslocoService);

  protected readonly months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  protected readonly filters: { id: Filter; key: string }[] = [
    { id: 'all', key: 'review.freeze.filterAll' },
    { id: 'unused', key: 'review.freeze.filterUnused' },
    { id: 'used', key: 'review.freeze.filterUsed' },
  ];
  protected readonly leader = computed(() => (this.auth.user(), this.auth.can(Permissions.FreezesGrantException)));
  protected readonly lang = signal(this.transloco.getActiveLang());
  protected readonly projects = signal<ProjectListItemDto[]>([]);
  protected readonly items = signal<FreezeExceptionDto[]>([]);
  protected readonly filter = signal<Filter>('all');
  protected readonly shown = computed(() =>
    this.items().filter((e) => this.filter() === 'all' || (this.filter() === 'used') === !!e.usedAt),
  );
  protected readonly frozen = signal<FrozenCheckDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly errors = signal<Record<string, string>>({});

  protected projectId = '';
  protected year = new Date().getFullYear();
  protected month = new Date().getMonth() === 0 ? 12 : new Date().getMonth();
  protected reason = '';

  ngOnInit(): void {
    this.transloco.langChanges$.subscribe((l) => this.lang.set(l));
    void this.load();
    if (this.leader()) {
      // Every project the user sees, by code, for choosing one.
      void this.api.invoke(listProjects, { pageSize: 200, sort: 'code' }).then(
        (page) => this.projects.set(page.items),
        () => this.projects.set([]),
      );
    }
  }

  protected pad(n: number): string {
    return String(n).padStart(2, '0');
  }

  protected fieldError(field: string): string | null {
    return this.errors()[field] ?? null;
  }

  /** Says whether the chosen month is frozen for the chosen project's kind of entries, so the leader knows an exception is needed. */
  protected async check(): Promise<void> {
    const project = this.projects().find((p) => p.id === this.projectId);
    const year = Number(this.year);
    if (!project || !Number.isInteger(year) || year < 1988 || year > 2100) {
      this.frozen.set(null);
      return;
    }
    const coverage = project.kind === 'Fdi' ? 'FdiLedger' : 'AidFinance';
    try {
      this.frozen.set(await this.api.invoke(checkFrozenPeriod, { date: `${year}-${this.pad(this.month)}-01`, coverage }));
    } catch {
      this.frozen.set(null);
    }
  }

  protected async grant(): Promise<void> {
    this.error.set(null);
    this.notice.set(null);
    const local: Record<string, string> = {};
    if (!this.projectId) local['projectId'] = this.transloco.translate('review.freeze.projectRequired');
    if (!this.reason.trim()) local['reason'] = this.transloco.translate('review.freeze.reasonRequired');
    this.errors.set(local);
    if (Object.keys(local).length) return;
    this.busy.set(true);
    try {
      const body = { projectId: this.projectId, year: Number(this.year), month: Number(this.month), reason: this.reason.trim() };
      const granted = await this.api.invoke(grantFreezeException, { body });
      const code = granted.projectCode;
      this.notice.set(this.transloco.translate('review.freeze.granted', { m: this.pad(granted.month), y: granted.year, code }));
      this.reason = '';
      await this.load();
    } catch (e) {
      const problem = problemOf(e);
      const fields: Record<string, string> = {};
      for (const [k, v] of Object.entries(problem?.errors ?? {})) fields[k] = Array.isArray(v) ? v.join(' ') : String(v);
      this.errors.set(fields);
      this.error.set(problem?.detail ?? problem?.title ?? this.transloco.translate('common.saveFailed'));
    } finally {
      this.busy.set(false);
    }
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    try {
      this.items.set(await this.api.invoke(listFreezeExceptions));
    } catch (e) {
      this.error.set(problemOf(e)?.detail ?? this.transloco.translate('common.loadFailed'));
    } finally {
      this.loading.set(false);
    }
  }
}
