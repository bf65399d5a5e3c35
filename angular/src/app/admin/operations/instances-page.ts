import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { Api } from '../../api/api';
import { bulkWorkflowInstanceAction, listWorkflowDefinitions, searchWorkflowInstances } from '../../api/functions';
import { BulkInstanceActionRequest, BulkInstanceResultDto, InstanceSearchQuery, InstanceSummaryDto, PagedResultOfInstanceSummaryDto } from '../../api/models';
import { problemOf } from '../../core/http/problem-details';
import { DateTimePipe } from '../../shared/format/money';
import { Icon } from '../../shared/icon/icon';
import { Modal } from '../../shared/modal/modal';
import { Pager } from '../../shared/pager/pager';

type Action = 'suspend' | 'resume' | 'cancel' | 'migrate';
const PAGE_SIZE = 25;

/**
 * The cockpit's instance search for administrators: by procedure and version, business key (prefix), state, incident and a
 * variable's value; then a bulk action (suspend, resume, cancel, migrate) on the ticked instances or on the whole search result,
 * always previewed first (a dry run: what would happen to each, which cannot and why) and confirmed.
 */
@Component({
  selector: 'app-instances-page',
  imports: [TranslocoPipe, RouterLink, FormsModule, Icon, DateTimePipe, Modal, Pager],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back" routerLink="/admin/operations"><app-icon name="arrowLeft" /> {{ 'operations.title' | transloco }}</a>
    <header class="page-header">
      <h1 data-testid="page-title">{{ 'operations.search.title' | transloco }}</h1>
      <p>{{ 'operations.search.subtitle' | transloco }}</p>
    </header>

    <form class="panel filters" (submit)="$event.preventDefault(); search(1)" data-testid="instance-filters">
      <div class="field wide">
        <label for="f-proc">{{ 'operations.procedure' | transloco }}</label>
        <select id="f-proc" class="input" [(ngModel)]="f.definitionKey" name="definitionKey" data-testid="filter-procedure">
          <option value="">{{ 'operations.search.any' | transloco }}</option>
          @for (p of procedures(); track p.key) { <option [value]="p.key">{{ p.name }}</option> }
        </select>
      </div>
      <div class="field narrow">
        <label for="f-version">{{ 'operations.load.version' | transloco }}</label>
        <input id="f-version" class="input" type="number" min="1" step="1" [(ngModel)]="f.version" name="version" data-testid="filter-version" />
      </div>
      <div class="field">
        <label for="f-key">{{ 'operations.search.businessKey' | transloco }}</label>
        <input id="f-key" class="input" type="search" [(ngModel)]="f.businessKey" name="businessKey" [placeholder]="'operations.search.businessKeyHint' | transloco" data-testid="filter-business-key" />
      </div>
      <div class="field">
        <label for="f-state">{{ 'operations.status' | transloco }}</label>
        <select id="f-state" class="input" [(ngModel)]="f.state" name="state" data-testid="filter-state">
          <option value="">{{ 'operations.search.any' | transloco }}</option>
          @for (s of states; track s.value) { <option [value]="s.value">{{ 'operations.statuses.' + s.status | transloco }}</option> }
        </select>
      </div>
      <div class="field">
        <label for="f-incident">{{ 'operations.incidents.title' | transloco }}</label>
        <select id="f-incident" class="input" [(ngModel)]="f.incident" name="incident" data-testid="filter-incident">
          <option value="">{{ 'operations.search.any' | transloco }}</option>
          <option value="true">{{ 'operations.search.withIncident' | transloco }}</option>
          <option value="false">{{ 'operations.search.withoutIncident' | transloco }}</option>
        </select>
      </div>
      <div class="field">
        <label for="f-var">{{ 'operations.search.variable' | transloco }}</label>
        <input id="f-var" class="input" [(ngModel)]="f.variableName" name="variableName" [placeholder]="'operations.search.variableHint' | transloco" data-testid="filter-variable-name" />
      </div>
      <div class="field">
        <label for="f-val">{{ 'operations.search.value' | transloco }}</label>
        <input id="f-val" class="input" [(ngModel)]="f.variableValue" name="variableValue" data-testid="filter-variable-value" />
      </div>
      <div class="buttons">
        <button type="submit" class="btn primary" [disabled]="loading()" data-testid="instance-search">
          @if (loading()) { <span class="spinner"></span> } @else { <app-icon name="search" /> } {{ 'operations.search.search' | transloco }}
        </button>
        <button type="button" class="btn" (click)="clear()">{{ 'operations.search.clear' | transloco }}</button>
      </div>
    </form>

    @if (message(); as m) {
      <div class="alert" [class.success]="m.ok" [attr.role]="m.ok ? 'status' : 'alert'" data-testid="instances-message"><span>{{ m.text }}</span></div>
    }

    @if (result(); as r) {
      <section class="panel">
        <div class="bulk" data-testid="bulk-bar">
          <span class="count" data-testid="instances-total">{{ 'operations.search.found' | transloco: { n: r.totalCount } }}</span>
          <label class="visually-hidden" for="bulk-action">{{ 'operations.bulk.action' | transloco }}</label>
          <select id="bulk-action" class="input" [ngModel]="action()" (ngModelChange)="action.set($event)" name="action" data-testid="bulk-action">
            @for (a of actions; track a) { <option [value]="a">{{ 'operations.bulk.actions.' + a | transloco }}</option> }
          </select>
          @if (action() === 'migrate') {
            <label for="bulk-target">{{ 'operations.bulk.targetVersion' | transloco }}</label>
            <input id="bulk-target" class="input target" type="number" min="1" [ngModel]="target()" (ngModelChange)="target.set($event)" name="target" data-testid="bulk-target" />
          }
          <button type="button" class="btn" [disabled]="selected().size === 0 || previewing()" (click)="preview('selection')" data-testid="bulk-preview-selection">
            {{ 'operations.bulk.previewSelection' | transloco: { n: selected().size } }}</button>
          <button type="button" class="btn" [disabled]="r.totalCount === 0 || previewing()" (click)="preview('query')" data-testid="bulk-preview-all">
            {{ 'operations.bulk.previewAll' | transloco: { n: r.totalCount } }}</button>
          @if (previewing()) { <span class="spinner" role="status" [attr.aria-label]="'common.loading' | transloco"></span> }
        </div>
        <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'operations.search.title' | transloco">
          <table class="data-table" data-testid="instances">
            <thead><tr>
              <th scope="col"><input type="checkbox" [checked]="allTicked()" (change)="tickAll($any($event.target).checked)" [attr.aria-label]="'operations.bulk.tickAll' | transloco" data-testid="tick-all" /></th>
              <th scope="col">{{ 'operations.procedure' | transloco }}</th>
              <th scope="col">{{ 'operations.search.concerns' | transloco }}</th>
              <th scope="col">{{ 'operations.status' | transloco }}</th>
              <th scope="col">{{ 'operations.atSteps' | transloco }}</th>
              <th scope="col">{{ 'operations.started' | transloco }}</th>
            </tr></thead>
            <tbody>
              @for (i of r.items; track i.id) {
                <tr data-testid="instance-row" [attr.data-business-key]="i.businessKey">
                  <td><input type="checkbox" [checked]="selected().has(i.id)" (change)="tick(i, $any($event.target).checked)" [attr.aria-label]="label(i)" data-testid="tick" /></td>
                  <td><a [routerLink]="['/admin/operations/definitions', i.definitionKey, i.definitionVersion]" data-testid="instance-procedure">{{ i.procedureName }}</a>
                    <span class="muted small block">{{ 'operations.heat.version' | transloco: { version: i.definitionVersion } }}</span></td>
                  <td>
                    @if (i.projectName) { <strong>{{ i.projectName }}</strong> <span class="muted small">{{ i.projectCode }}</span> }
                    @else { {{ i.businessKey || '—' }} }
                  </td>
                  <td>
                    <span class="pill" [attr.data-status]="i.status">{{ 'operations.statuses.' + i.status | transloco }}</span>
                    @if (i.incidents > 0) { <span class="pill bad">{{ 'operations.search.incidents' | transloco: { n: i.incidents } }}</span> }
                  </td>
                  <td>{{ i.atSteps.join(', ') || '—' }} @if (i.faultMessage) { <div class="error small">{{ i.faultMessage }}</div> }</td>
                  <td class="nowrap">{{ i.startedAt | dateTime }}</td>
                </tr>
              } @empty {
                <tr><td colspan="6" class="muted" data-testid="instances-empty">{{ 'operations.search.empty' | transloco }}</td></tr>
              }
            </tbody>
          </table>
        </div>
        <app-pager [page]="r.page" [pages]="pages()" [total]="r.totalCount" testId="instances-pager" (pageChange)="search($event)" />
      </section>
    } @else if (loading()) {
      <p class="muted"><span class="spinner"></span> {{ 'common.loading' | transloco }}</p>
    }

    @if (dryRun(); as d) {
      <app-modal [title]="(d.dryRun ? 'operations.bulk.previewTitle' : 'operations.bulk.doneTitle') | transloco: { action: actionName(d.action) }" testId="bulk-dialog" (closed)="closeDialog()">
        <p data-testid="bulk-summary">
          {{ (d.dryRun ? 'operations.bulk.previewSummary' : 'operations.bulk.doneSummary') | transloco: { ok: d.applicable, refused: d.refused } }}
          @if (d.truncated) { <br /><span class="error">{{ 'operations.bulk.truncated' | transloco }}</span> }
        </p>
        <ul class="outcomes" data-testid="bulk-items">
          @for (it of d.items; track it.instanceId) {
            <li [attr.data-outcome]="it.outcome" data-testid="bulk-item">
              <span class="pill" [class.bad]="it.outcome === 'refused' || it.outcome === 'failed'" [class.ok]="it.outcome === 'applied' || it.outcome === 'wouldApply'">{{ 'operations.bulk.outcomes.' + it.outcome | transloco }}</span>
              <span><strong>{{ it.projectName || it.businessKey || '—' }}</strong> · {{ it.procedureName }}</span>
              <span class="muted small">{{ it.message }}</span>
            </li>
          }
        </ul>
        <div footer>
          @if (d.dryRun) {
            <button type="button" class="btn" (click)="closeDialog()">{{ 'common.cancel' | transloco }}</button>
            <button type="button" class="btn primary" [class.danger]="d.action === 'cancel'" [disabled]="d.applicable === 0 || running()" (click)="confirm(d)" data-testid="bulk-confirm">
              @if (running()) { <span class="spinner"></span> } {{ 'operations.bulk.confirm' | transloco: { n: d.applicable } }}</button>
          } @else {
            <button type="button" class="btn primary" (click)="closeDialog()" data-testid="bulk-close">{{ 'operations.bulk.close' | transloco }}</button>
          }
        </div>
      </app-modal>
    }
  `,
  styles: `
    .filters { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(180px, 100%), 1fr)); gap: 12px 16px; padding: 14px 16px; margin-bottom: 16px; align-items: end; }
    .field { display: flex; flex-direction: column; gap: 4px; }
    .field label { font-size: 0.875rem; font-weight: 600; }
    .field.wide { grid-column: span 2; }
    @media (max-width: 560px) { .field.wide { grid-column: auto; } }
    .buttons { display: flex; gap: 8px; flex-wrap: wrap; }
    .bulk { display: flex; flex-wrap: wrap; gap: 8px 10px; align-items: center; padding: 12px 16px; border-bottom: 1px solid var(--ia-border); }
    .bulk .count { font-weight: 600; margin-right: auto; }
    .bulk select { width: auto; }
    .target { width: 80px; }
    .table-wrap { margin: 0 16px; }
    .pill { font-size: 0.8125rem; padding: 2px 8px; border-radius: 999px; background: var(--ia-surface-muted); border: 1px solid var(--ia-border); white-space: nowrap; }
    .pill[data-status='Suspended'] { background: var(--ia-warning-soft); border-color: var(--ia-warning-border); }
    .pill[data-status='Faulted'], .pill.bad { background: #fdecec; border-color: #f3b4b4; color: #8a1c1c; }
    .pill[data-status='Running'], .pill.ok { background: #e7f6ec; border-color: #9fd5b0; color: #14532d; }
    .small { font-size: 0.8125rem; }
    .block { display: block; }
    .error { color: #8a1c1c; }
    .outcomes { list-style: none; margin: 0; padding: 0; max-height: 50vh; overflow: auto; }
    .outcomes li { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: baseline; padding: 8px 0; border-bottom: 1px solid var(--ia-border); }
    .outcomes li .small { flex-basis: 100%; }
  `,
})
export class InstancesPage {
  private readonly api = inject(Api);
  private readonly transloco = inject(TranslocoService);
  private readonly route = inject(ActivatedRoute);

  protected readonly states = [
    { value: 'running', status: 'Running' },
    { value: 'suspended', status: 'Suspended' },
    { value: 'faulted', status: 'Faulted' },
    { value: 'completed', status: 'Completed' },
    { value: 'cancelled', status: 'Terminated' },
  ];
  protected readonly actions: Action[] = ['suspend', 'resume', 'cancel', 'migrate'];
  protected f = { definitionKey: '', version: null as number | null, businessKey: '', state: '', incident: '', variableName: '', variableValue: '' };

  protected readonly procedures = signal<{ key: string; name: string }[]>([]);
  protected readonly result = signal<PagedResultOfInstanceSummaryDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly message = signal<{ ok: boolean; text: string } | null>(null);
  protected readonly selected = signal<Map<string, number>>(new Map());
  protected readonly action = signal<Action>('suspend');
  protected readonly target = signal<number | null>(null);
  protected readonly previewing = signal(false);
  protected readonly running = signal(false);
  protected readonly dryRun = signal<BulkInstanceResultDto | null>(null);
  private searched: InstanceSearchQuery = {};

  protected readonly pages = computed(() => Math.max(1, Math.ceil((this.result()?.totalCount ?? 0) / PAGE_SIZE)));
  protected readonly allTicked = computed(() => {
    const items = this.result()?.items ?? [];
    return items.length > 0 && items.every((i) => this.selected().has(i.id));
  });

  constructor() {
    const q = this.route.snapshot.queryParamMap;
    this.f.definitionKey = q.get('definitionKey') ?? '';
    this.f.version = q.get('version') ? Number(q.get('version')) : null;
    this.f.businessKey = q.get('businessKey') ?? '';
    this.f.state = q.get('state') ?? '';
    void this.loadProcedures();
    void this.search(1);
  }

  private async loadProcedures(): Promise<void> {
    try {
      const defs = await this.api.invoke(listWorkflowDefinitions, {});
      const byKey = new Map<string, string>();
      for (const d of defs) if (!byKey.has(d.key) || d.status === 'Published') byKey.set(d.key, d.name || d.key);
      this.procedures.set([...byKey].map(([key, name]) => ({ key, name })).sort((a, b) => a.name.localeCompare(b.name, 'vi')));
    } catch {
      // The list only helps to choose; the search works without it.
    }
  }

  private query(): InstanceSearchQuery {
    const f = this.f;
    return {
      definitionKey: f.definitionKey || null,
      version: f.version ? Number(f.version) : null,
      businessKey: f.businessKey.trim() || null,
      state: f.state || null,
      hasIncident: f.incident === '' ? null : f.incident === 'true',
      variableName: f.variableName.trim() || null,
      variableValue: f.variableName.trim() ? f.variableValue : null,
    };
  }

  protected async search(page: number): Promise<void> {
    this.loading.set(true);
    this.message.set(null);
    if (page === 1) this.searched = this.query();
    const q = this.searched;
    try {
      const r = await this.api.invoke(searchWorkflowInstances, {
        definitionKey: q.definitionKey ?? undefined,
        version: q.version ?? undefined,
        businessKey: q.businessKey ?? undefined,
        state: q.state ?? undefined,
        hasIncident: q.hasIncident ?? undefined,
        variableName: q.variableName ?? undefined,
        variableValue: q.variableValue ?? undefined,
        page,
        pageSize: PAGE_SIZE,
      });
      this.result.set(r);
      if (page === 1) this.selected.set(new Map());
    } catch (e) {
      this.message.set({ ok: false, text: this.problemText(e, 'common.loadFailed') });
    } finally {
      this.loading.set(false);
    }
  }

  protected clear(): void {
    this.f = { definitionKey: '', version: null, businessKey: '', state: '', incident: '', variableName: '', variableValue: '' };
    void this.search(1);
  }

  protected tick(i: InstanceSummaryDto, on: boolean): void {
    const next = new Map(this.selected());
    if (on) next.set(i.id, i.version);
    else next.delete(i.id);
    this.selected.set(next);
  }

  protected tickAll(on: boolean): void {
    const next = new Map(this.selected());
    for (const i of this.result()?.items ?? []) {
      if (on) next.set(i.id, i.version);
      else next.delete(i.id);
    }
    this.selected.set(next);
  }

  protected label(i: InstanceSummaryDto): string {
    return `${i.procedureName} — ${i.projectName || i.businessKey || ''}`;
  }

  protected actionName(action: string): string {
    return this.transloco.translate(`operations.bulk.actions.${action}`);
  }

  /** The dry run: on the ticked instances, or on the whole search result (up to 500). */
  protected async preview(on: 'selection' | 'query'): Promise<void> {
    this.previewing.set(true);
    this.message.set(null);
    const request: BulkInstanceActionRequest = {
      action: this.action(),
      dryRun: true,
      targetVersion: this.action() === 'migrate' ? this.target() : null,
      instances: on === 'selection' ? [...this.selected()].map(([id, version]) => ({ id, version })) : null,
      query: on === 'query' ? this.searched : null,
    };
    try {
      this.dryRun.set(await this.api.invoke(bulkWorkflowInstanceAction, { body: request }));
    } catch (e) {
      this.message.set({ ok: false, text: this.problemText(e, 'common.loadFailed') });
    } finally {
      this.previewing.set(false);
    }
  }

  /** The real run, on exactly the instances previewed, each at the version seen (a change since: 409, nothing done). */
  protected async confirm(d: BulkInstanceResultDto): Promise<void> {
    this.running.set(true);
    try {
      const done = await this.api.invoke(bulkWorkflowInstanceAction, {
        body: {
          action: d.action,
          dryRun: false,
          targetVersion: d.targetVersion,
          instances: d.items.filter((i) => i.outcome === 'wouldApply').map((i) => ({ id: i.instanceId, version: i.version })),
        },
      });
      this.dryRun.set(done);
      this.message.set({ ok: done.refused === 0, text: this.transloco.translate('operations.bulk.doneSummary', { ok: done.applicable, refused: done.refused }) });
    } catch (e) {
      this.dryRun.set(null);
      this.message.set({ ok: false, text: this.problemText(e, 'common.saveFailed') });
    } finally {
      this.running.set(false);
    }
  }

  protected async closeDialog(): Promise<void> {
    const wasReal = this.dryRun()?.dryRun === false;
    this.dryRun.set(null);
    if (wasReal) {
      this.selected.set(new Map());
      await this.search(this.result()?.page ?? 1);
    }
  }

  private problemText(e: unknown, fallback: string): string {
    const p = problemOf(e);
    const field = p?.errors ? Object.values(p.errors).flat()[0] : null;
    return field ?? p?.detail ?? this.transloco.translate(fallback);
  }
}
