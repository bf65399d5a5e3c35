import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService, provideTranslocoScope } from '@jsverse/transloco';

import { Api } from '../api/api';
import {
  acceptEnterpriseReport,
  fileEnterpriseReport,
  getConsolidatedEnterpriseReport,
  listEnterpriseReportForms,
  listEnterpriseReports,
  listMissingEnterpriseReports,
  listProjects,
  returnEnterpriseReport,
} from '../api/functions';
import { EnterpriseReportDto, MissingEnterpriseReportsDto, ProjectListItemDto, ReportFormDto, ReportPeriodKind } from '../api/models';
import { AuthService } from '../core/auth/auth.service';
import { Permissions } from '../core/auth/permission-names';
import { problemOf } from '../core/http/problem-details';
import { REVIEW_SCOPE } from '../core/i18n/scopes';
import { EmptyState } from '../shared/empty-state/empty-state';
import { DateTimePipe, DayPipe, MoneyPipe } from '../shared/format/money';
import { lastEndedQuarter } from './last-ended-quarter';

/**
 * "Báo cáo doanh nghiệp": the FDI enterprise files its quarterly or yearly implementation report online; officers see
 * what was filed, accept or return it, see who has not filed (with escalation) and download the consolidated quarter.
 */
@Component({
  selector: 'app-enterprise-reports-page',
  imports: [MoneyPipe, FormsModule, RouterLink, TranslocoPipe, DateTimePipe, DayPipe, EmptyState],
  providers: [provideTranslocoScope(REVIEW_SCOPE)],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <div class="title">
        <h1 data-testid="page-title">{{ 'review.reports.title' | transloco }}</h1>
        <p>{{ 'review.reports.lead' | transloco: { q: period.quarter, y: period.year } }}</p>
      </div>
      @if (staff()) {
        <a class="btn" [href]="consolidatedUrl" data-testid="consolidated-excel">{{ 'review.reports.excel' | transloco: { q: period.quarter, y: period.year } }}</a>
      }
    </header>
    @if (error(); as message) {
      <div class="alert" role="alert" data-testid="report-error">{{ message }}</div>
    }
    @if (notice(); as message) {
      <div class="alert success" role="status" data-testid="report-notice">{{ message }}</div>
    }

    @if (canFile() && form(); as f) {
      <section class="panel pad" data-testid="report-form">
        <h2>{{ 'review.reports.fileTitle' | transloco }}</h2>
        <p class="muted small">{{ lang() === 'en' ? f.titleEn : f.titleVi }} · {{ f.legalBasis }} · {{ 'review.reports.formVersion' | transloco }} {{ f.version }}</p>
        <div class="grid">
          <label>{{ 'review.reports.project' | transloco }}
            <select [(ngModel)]="projectId" data-testid="report-project">
              @for (p of fdiProjects(); track p.id) { <option [value]="p.id">{{ p.code }} — {{ p.nameVi }}</option> }
            </select>
          </label>
          <label>{{ 'review.reports.kind' | transloco }}
            <select [(ngModel)]="periodKind" data-testid="report-kind">
              <option value="Quarterly">{{ 'review.reports.quarterly' | transloco }}</option>
              <option value="Yearly">{{ 'review.reports.yearly' | transloco }}</option>
            </select>
          </label>
          <label>{{ 'review.reports.year' | transloco }}<input type="number" [(ngModel)]="year" data-testid="report-year" /></label>
          @if (periodKind === 'Quarterly') {
            <label>{{ 'review.reports.quarter' | transloco }}
              <select [(ngModel)]="quarter" data-testid="report-quarter">
                @for (q of [1, 2, 3, 4]; track q) { <option [ngValue]="q">{{ q }}</option> }
              </select>
            </label>
          }
          @for (field of f.fields; track field.key) {
            <label [class.invalid]="fieldError(field.key)">{{ lang() === 'en' ? field.labelEn : field.labelVi }} ({{ field.unit }})
              <input type="text" inputmode="decimal" [(ngModel)]="values[field.key]" [attr.data-testid]="'report-value-' + field.key" />
              @if (fieldError(field.key); as m) { <span class="field-error">{{ m }}</span> }
            </label>
          }
        </div>
        <div class="actions">
          <button type="button" class="btn primary" [disabled]="busy()" (click)="file()" data-testid="report-submit">{{ 'review.reports.submit' | transloco }}</button>
        </div>
      </section>
    }

    @if (staff() && missing(); as m) {
      <section class="panel pad" data-testid="missing">
        <h2>{{ 'review.reports.missingTitle' | transloco: { q: m.quarter, y: m.year } }}</h2>
        <p class="muted">{{ 'review.reports.missingLead' | transloco: { filed: m.filed, expected: m.expected, due: (m.dueDate | day) } }}</p>
        @if (m.missing.length) {
          <div class="table-wrap" tabindex="0">
          <table class="data-table">
            <thead><tr><th>{{ 'review.reports.project' | transloco }}</th><th>{{ 'review.reports.enterprise' | transloco }}</th><th class="num">{{ 'review.reports.overdue' | transloco }}</th><th><span class="visually-hidden">{{ 'review.reports.statusCol' | transloco }}</span></th></tr></thead>
            <tbody>
              @for (r of m.missing.slice(0, missingShown()); track r.projectId) {
                <tr data-testid="missing-row">
                  <td><a [routerLink]="['/projects', r.projectId]">{{ r.projectCode }}</a> {{ r.projectName }}</td>
                  <td>{{ r.enterpriseName || '—' }}</td>
                  <td class="num">{{ r.daysOverdue }}</td>
                  <td>
                    @if (r.escalated) { <span class="tag danger">{{ 'review.reports.escalated' | transloco }}</span> }
                    @if (r.returnedOnly) { <span class="tag">{{ 'review.reports.returnedOnly' | transloco }}</span> }
                  </td>
                </tr>
              }
            </tbody>
          </table>
          </div>
          @if (m.missing.length > missingShown()) {
            <button type="button" class="btn small" (click)="missingShown.set(missingShown() + 20)">{{ 'review.reports.more' | transloco: { n: m.missing.length - missingShown() } }}</button>
          }
        }
      </section>
    }

    <section class="panel pad">
      <h2>{{ 'review.reports.listTitle' | transloco }}</h2>
      @if (loading()) {
        <p class="muted"><span class="spinner"></span> {{ 'common.loading' | transloco }}</p>
      } @else if (reports().length === 0) {
        <app-empty-state icon="file" [title]="'review.reports.empty' | transloco" [text]="''" />
      } @else {
        <div class="table-wrap" tabindex="0">
        <table class="data-table" data-testid="reports">
          <thead>
            <tr>
              <th>{{ 'review.reports.project' | transloco }}</th><th>{{ 'review.reports.period' | transloco }}</th>
              <th class="num">{{ 'review.reports.implemented' | transloco }}</th><th>{{ 'review.reports.filed' | transloco }}</th>
              <th>{{ 'review.reports.statusCol' | transloco }}</th><th><span class="visually-hidden">{{ 'common.actions' | transloco }}</span></th>
            </tr>
          </thead>
          <tbody>
            @for (r of reports(); track r.id) {
              <tr data-testid="report-row" [attr.data-status]="r.status">
                <td><a [routerLink]="['/projects', r.projectId]">{{ r.projectCode }}</a> {{ r.projectName }}</td>
                <td>{{ r.periodKind === 'Yearly' ? ('review.reports.yearLabel' | transloco: { y: r.year }) : ('review.reports.quarterLabel' | transloco: { q: r.quarter, y: r.year }) }}
                  @if (r.revision > 1) { <span class="muted small">({{ 'review.reports.revision' | transloco: { n: r.revision } }})</span> }</td>
                <td class="num">{{ implemented(r) | money: 'USD' }}</td>
                <td>{{ r.filedByName }} · {{ r.filedAt | dateTime }} @if (r.filedLate) { <span class="tag danger">{{ 'review.reports.late' | transloco }}</span> }</td>
                <td><span class="status" [class]="'status ' + r.status" data-testid="report-status">{{ 'review.reports.status.' + r.status | transloco }}</span>
                  @if (r.decisionComment) { <div class="muted small">{{ r.decisionComment }}</div> }</td>
                <td class="row-actions">
                  @if (staff() && r.status === 'Filed') {
                    <button type="button" class="btn small" (click)="returnReport(r)" [disabled]="busy()" data-testid="report-return">{{ 'review.reports.return' | transloco }}</button>
                    <button type="button" class="btn small primary" (click)="accept(r)" [disabled]="busy()" data-testid="report-accept">{{ 'review.reports.accept' | transloco }}</button>
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
    .pad { padding: 14px 16px; margin-bottom: 14px; }
    h2 { font-size: 1.05rem; margin: 0 0 6px; }
    .muted { color: var(--ia-text-muted); }
    .small { font-size: 0.8125rem; }
    .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 10px 14px; margin-top: 10px; }
    label { display: flex; flex-direction: column; gap: 4px; font-size: 0.875rem; }
    input, select { padding: 6px 8px; border: 1px solid var(--ia-border); border-radius: 6px; font: inherit; }
    label.invalid input { border-color: #d92d20; }
    .field-error { color: #b42318; font-size: 0.8125rem; }
    .actions { display: flex; justify-content: flex-end; margin-top: 12px; }
    .data-table td { vertical-align: top; }
    .data-table td:first-child { min-width: 12rem; }
    .tag { display: inline-block; border-radius: 999px; padding: 1px 8px; font-size: 0.75rem; background: #f2f4f7; margin-left: 4px; }
    .tag.danger { background: #fee4e2; color: #912018; }
    .status { border-radius: 999px; padding: 2px 10px; font-size: 0.8125rem; background: #fef0c7; color: #93370d; white-space: nowrap; }
    .status.Accepted { background: #d1fadf; color: #05603a; }
    .status.Returned { background: #fee4e2; color: #912018; }
    .status.Superseded { background: #f2f4f7; color: #475467; }
    .row-actions { white-space: nowrap; text-align: right; }
    .alert.success { background: #ecfdf3; color: #05603a; }
  `,
})
export class EnterpriseReportsPage {
  private readonly api = inject(Api);
  private readonly auth = inject(AuthService);
  private readonly transloco = inject(TranslocoService);

  protected readonly period = lastEndedQuarter();
  protected readonly consolidatedUrl =
    this.api.rootUrl +
    getConsolidatedEnterpriseReport.PATH.replace('{year}', String(this.period.year)).replace('{quarter}', String(this.period.quarter));
  protected readonly staff = computed(() => (this.auth.user(), this.auth.can(Permissions.EnterpriseReportsDecide)));
  /** Files reports but does not decide on them: an enterprise (project owner). */
  private filesOnly(): boolean {
    return this.auth.can(Permissions.EnterpriseReportsFile) && !this.auth.can(Permissions.EnterpriseReportsDecide);
  }
  protected readonly canFile = computed(() => (this.auth.user(), this.filesOnly()) && this.fdiProjects().length > 0);
  protected readonly lang = signal(this.transloco.getActiveLang());
  protected readonly form = signal<ReportFormDto | null>(null);
  protected readonly fdiProjects = signal<ProjectListItemDto[]>([]);
  protected readonly reports = signal<EnterpriseReportDto[]>([]);
  protected readonly missing = signal<MissingEnterpriseReportsDto | null>(null);
  protected readonly missingShown = signal(20);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly errors = signal<Record<string, string>>({});

  protected projectId = '';
  protected periodKind: ReportPeriodKind = 'Quarterly';
  protected year = this.period.year;
  protected quarter = this.period.quarter;
  protected values: Record<string, string> = {};

  ngOnInit(): void {
    this.transloco.langChanges$.subscribe((l) => this.lang.set(l));
    void this.init();
  }

  private async init(): Promise<void> {
    try {
      const [forms] = await Promise.all([this.api.invoke(listEnterpriseReportForms), this.load()]);
      this.form.set(forms[forms.length - 1] ?? null);
      if (this.filesOnly()) {
        // The FDI projects the user sees (an owner: its own), for choosing what to report on.
        const { items } = await this.api.invoke(listProjects, { kind: 'Fdi', pageSize: 200 });
        this.fdiProjects.set(items);
        this.projectId = items[0]?.id ?? '';
      }
      if (this.staff()) {
        this.missing.set(await this.loadMissing());
      }
    } catch (e) {
      this.error.set(problemOf(e)?.detail ?? this.transloco.translate('common.loadFailed'));
    }
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    try {
      this.reports.set((await this.api.invoke(listEnterpriseReports, { pageSize: 50 })).items);
    } finally {
      this.loading.set(false);
    }
  }

  private loadMissing(): Promise<MissingEnterpriseReportsDto> {
    return this.api.invoke(listMissingEnterpriseReports, { year: this.period.year, quarter: this.period.quarter });
  }

  protected implemented(r: EnterpriseReportDto): number {
    return (r.values['implementedForeignUsd'] ?? 0) + (r.values['implementedDomesticUsd'] ?? 0);
  }

  protected fieldError(key: string): string | null {
    return this.errors()[`values.${key}`] ?? null;
  }

  protected async file(): Promise<void> {
    const values: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(this.values)) {
      const text = String(v ?? '').trim().replace(/\s/g, '');
      values[k] = text === '' ? null : /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
    }
    await this.act(async () => {
      const quarter = this.periodKind === 'Quarterly' ? Number(this.quarter) : null;
      await this.api.invoke(fileEnterpriseReport, { body: { projectId: this.projectId, periodKind: this.periodKind, year: Number(this.year), quarter, values } });
      this.values = {};
      this.notice.set(this.transloco.translate('review.reports.filedNotice'));
    });
  }

  protected async accept(r: EnterpriseReportDto): Promise<void> {
    await this.act(async () => {
      await this.api.invoke(acceptEnterpriseReport, { id: r.id, body: { comment: null } });
      this.notice.set(this.transloco.translate('review.reports.acceptedNotice'));
      this.missing.set(await this.loadMissing());
    });
  }

  protected async returnReport(r: EnterpriseReportDto): Promise<void> {
    const comment = prompt(this.transloco.translate('review.reports.returnPrompt'));
    if (!comment?.trim()) return;
    await this.act(() => this.api.invoke(returnEnterpriseReport, { id: r.id, body: { comment: comment.trim() } }));
  }

  private async act(call: () => Promise<unknown>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    this.errors.set({});
    try {
      await call();
      await this.load();
    } catch (e) {
      const problem = problemOf(e);
      const errors: Record<string, string> = {};
      for (const [k, v] of Object.entries(problem?.errors ?? {})) errors[k] = Array.isArray(v) ? String(v[0]) : String(v);
      this.errors.set(errors);
      this.error.set(Object.values(errors)[0] ?? problem?.detail ?? this.transloco.translate('common.saveFailed'));
    } finally {
      this.busy.set(false);
    }
  }
}
