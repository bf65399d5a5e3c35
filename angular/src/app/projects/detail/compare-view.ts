import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { Api } from '../../api/api';
import { compareProjectVersions } from '../../api/functions';
import { ProjectComparisonDto } from '../../api/models';
import { problemOf } from '../../core/http/problem-details';
import { LanguageService } from '../../core/i18n/language.service';
import { DateInput } from '../../shared/date-input/date-input';
import { formatDay } from '../../shared/format/money';

/** Today in Viet Nam as yyyy-MM-dd, moved by <days>. */
function vietnamDay(days = 0): string {
  const d = new Date(Date.now() + 7 * 3600_000 + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/**
 * "So sánh hai thời điểm": what the project's record and ledgers said at the end of two days, rebuilt by the server from the
 * history; changed rows stand out. Values come written for the user's language, so a language switch reads them again.
 */
@Component({
  selector: 'app-compare-view',
  imports: [TranslocoPipe, DateInput],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="compare" data-testid="compare" [attr.aria-labelledby]="'compare-title'">
      <h2 id="compare-title">{{ 'projects.compare.title' | transloco }}</h2>
      <p class="muted">{{ 'projects.compare.lead' | transloco }}</p>
      <div class="days">
        <div class="field">
          <label for="compare-from">{{ 'projects.compare.from' | transloco }}</label>
          <app-date-input inputId="compare-from" [value]="from()" (valueChange)="from.set($event ?? '')" testId="compare-from" />
          @if (errors()['from']; as m) { <span class="field-error" data-testid="compare-error-from">{{ m }}</span> }
        </div>
        <div class="field">
          <label for="compare-to">{{ 'projects.compare.to' | transloco }}</label>
          <app-date-input inputId="compare-to" [value]="to()" (valueChange)="to.set($event ?? '')" testId="compare-to" />
          @if (errors()['to']; as m) { <span class="field-error" data-testid="compare-error-to">{{ m }}</span> }
        </div>
        <button type="button" class="btn primary" [disabled]="busy()" (click)="compare()" data-testid="compare-run">{{ 'projects.compare.run' | transloco }}</button>
      </div>
      @if (error(); as message) {
        <div class="alert" role="alert" data-testid="compare-error">{{ message }}</div>
      }
      @if (result(); as r) {
        <p class="small" data-testid="compare-between">{{ 'projects.compare.between' | transloco: { n: r.changesBetween, from: day(r.from), to: day(r.to) } }}</p>
        @if (r.fields.length === 0 && r.ledger.length === 0) {
          <p class="muted" data-testid="compare-empty">{{ 'projects.compare.empty' | transloco }}</p>
        }
        @if (r.fields.length) {
          <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'projects.compare.record' | transloco">
            <table class="data-table" data-testid="compare-fields">
              <caption>{{ 'projects.compare.record' | transloco }}</caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'projects.compare.field' | transloco }}</th>
                  <th scope="col">{{ day(r.from) }}</th>
                  <th scope="col">{{ day(r.to) }}</th>
                </tr>
              </thead>
              <tbody>
                @for (f of r.fields; track f.field) {
                  <tr [class.changed]="f.changed" data-testid="compare-field" [attr.data-field]="f.field" [attr.data-changed]="f.changed">
                    <th scope="row">{{ english() ? f.labelEn : f.labelVi }}</th>
                    <td class="then" [attr.data-day]="day(r.from)">{{ f.from ?? '—' }}</td>
                    <td class="now" [attr.data-day]="day(r.to)">{{ f.to ?? '—' }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
        @if (r.ledger.length) {
          <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'projects.compare.ledger' | transloco">
            <table class="data-table" data-testid="compare-ledger">
              <caption>{{ 'projects.compare.ledger' | transloco }}</caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'projects.compare.book' | transloco }}</th>
                  <th scope="col">{{ day(r.from) }}</th>
                  <th scope="col">{{ day(r.to) }}</th>
                </tr>
              </thead>
              <tbody>
                @for (l of r.ledger; track l.kind) {
                  <tr [class.changed]="l.changed" data-testid="compare-ledger-row" [attr.data-kind]="l.kind">
                    <th scope="row">{{ english() ? l.labelEn : l.labelVi }}</th>
                    <td class="then" [attr.data-day]="day(r.from)">{{ 'projects.compare.entries' | transloco: { n: l.entriesFrom } }}@if (l.totalFrom) { · <span class="num">{{ l.totalFrom }}</span> }</td>
                    <td class="now" [attr.data-day]="day(r.to)">{{ 'projects.compare.entries' | transloco: { n: l.entriesTo } }}@if (l.totalTo) { · <span class="num">{{ l.totalTo }}</span> }</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      }
    </section>
  `,
  styles: `
    .compare { margin-bottom: 24px; padding-bottom: 16px; border-bottom: 1px solid var(--ia-border); }
    h2 { font-size: 1.0625rem; margin: 0 0 4px; }
    .muted { color: var(--ia-text-muted); margin: 0 0 10px; font-size: 0.875rem; }
    .small { font-size: 0.875rem; }
    .days { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-start; }
    .days .btn { margin-top: 22px; }
    .field { display: flex; flex-direction: column; gap: 4px; min-width: 0; flex: 0 1 200px; font-size: 0.875rem; }
    .field-error { color: #b42318; font-size: 0.8125rem; }
    .table-wrap { margin-top: 10px; }
    caption { text-align: left; font-weight: 600; padding: 6px 0; }
    th[scope='row'] { font-weight: 500; text-align: left; text-transform: none; letter-spacing: normal; font-size: 0.875rem; color: inherit; background: none; }
    td, th { vertical-align: top; }
    tr.changed td.now { color: #05603a; font-weight: 500; }
    tr.changed td.then { color: #912018; }
    tr.changed th[scope='row']::before { content: '● '; color: #b54708; }
    .num { font-variant-numeric: tabular-nums; white-space: nowrap; }
    /* A phone: one card per field, the two days under its name, each value beside its day. */
    @media (max-width: 640px) {
      table, caption, thead, tbody, tr, th, td { display: block; width: auto; }
      thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
      tr { padding: 8px 0; border-bottom: 1px solid var(--ia-border); }
      th[scope='row'] { padding: 0 0 4px; font-weight: 600; }
      td { padding: 2px 0 2px 96px; position: relative; border: 0; overflow-wrap: anywhere; }
      td::before { content: attr(data-day); position: absolute; left: 0; top: 2px; width: 88px; color: var(--ia-text-muted); font-size: 0.8125rem; }
    }
  `,
})
export class CompareView {
  private readonly api = inject(Api);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  readonly projectId = input.required<string>();
  protected readonly from = signal(vietnamDay(-30));
  protected readonly to = signal(vietnamDay());
  protected readonly result = signal<ProjectComparisonDto | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly english = () => this.language.language() === 'en';

  constructor() {
    // Values are written by the server in the request's language: read them again after a switch.
    this.transloco.langChanges$.subscribe(() => {
      if (this.result()) void this.compare();
    });
  }

  protected day(iso: string): string {
    return formatDay(iso);
  }

  protected async compare(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    this.errors.set({});
    try {
      this.result.set(await this.api.invoke(compareProjectVersions, { id: this.projectId(), from: this.from() ?? '', to: this.to() ?? '' }));
    } catch (e) {
      const problem = problemOf(e);
      const fields: Record<string, string> = {};
      for (const [k, v] of Object.entries(problem?.errors ?? {})) fields[k] = Array.isArray(v) ? v.join(' ') : String(v);
      this.errors.set(fields);
      this.result.set(null);
      if (!Object.keys(fields).length) this.error.set(problem?.detail ?? this.transloco.translate('common.loadFailed'));
    } finally {
      this.busy.set(false);
    }
  }
}
