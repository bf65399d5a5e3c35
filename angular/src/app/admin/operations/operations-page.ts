import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { Api } from '../../api/api';
import { cancelWorkflowInstance, getWorkflowIncident, getWorkflowOperations, resolveWorkflowIncident, resumeWorkflowInstance, retryWorkflowIncident } from '../../api/functions';
import { InstanceAttentionDto, WorkflowIncidentDto, WorkflowOperationsDto } from '../../api/models';
import { problemOf } from '../../core/http/problem-details';
import { DateTimePipe } from '../../shared/format/money';
import { Icon } from '../../shared/icon/icon';
import { Modal } from '../../shared/modal/modal';

/**
 * The operations view over running procedures (the cockpit) for administrators: what has gone wrong first — incidents (a
 * timer's job that failed after its retries, an external task with none left), read in full, retried with new retries or
 * (a failed job) resolved; faulted and suspended instances, resumed or cancelled — then the load per procedure and the
 * external-task queue per topic.
 */
@Component({
  selector: 'app-operations-page',
  imports: [TranslocoPipe, RouterLink, Icon, DateTimePipe, Modal, FormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back" routerLink="/admin"><app-icon name="arrowLeft" /> {{ 'pages.admin.title' | transloco }}</a>
    <header class="page-header with-actions">
      <div>
        <h1 data-testid="page-title">{{ 'operations.title' | transloco }}</h1>
        <p>{{ 'operations.subtitle' | transloco }}</p>
      </div>
      <div class="page-actions">
        <a class="btn primary" routerLink="/admin/operations/instances" data-testid="operations-search"><app-icon name="search" /> {{ 'operations.cockpitLinks.search' | transloco }}</a>
        <button type="button" class="btn" (click)="load()" [disabled]="loading()" data-testid="operations-refresh">
          @if (loading()) { <span class="spinner"></span> } @else { <app-icon name="refresh" /> }
          {{ 'operations.refresh' | transloco }}
        </button>
      </div>
    </header>
    @if (message(); as m) { <div class="alert" [class.success]="m.ok" [attr.role]="m.ok ? 'status' : 'alert'" data-testid="operations-message"><span>{{ m.text }}</span></div> }
    @if (view(); as v) {
      <section class="panel" aria-labelledby="ops-incidents">
        <h2 id="ops-incidents">{{ 'operations.incidents.title' | transloco }} <span class="count">{{ v.incidents.length }}</span></h2>
        <p class="muted note">{{ 'operations.incidents.note' | transloco }}</p>
        @if (v.incidents.length === 0) {
          <p class="muted empty" data-testid="operations-no-incidents">{{ 'operations.incidents.empty' | transloco }}</p>
        } @else {
          <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'operations.incidents.title' | transloco">
            <table class="data-table incidents" data-testid="operations-incidents">
              <thead><tr>
                <th scope="col">{{ 'operations.procedure' | transloco }}</th><th scope="col">{{ 'operations.step' | transloco }}</th>
                <th scope="col">{{ 'operations.businessKey' | transloco }}</th><th scope="col">{{ 'operations.error' | transloco }}</th>
                <th scope="col">{{ 'operations.since' | transloco }}</th><th scope="col"><span class="visually-hidden">{{ 'operations.actions' | transloco }}</span></th>
              </tr></thead>
              <tbody>
                @for (i of v.incidents; track i.id) {
                  <tr data-testid="incident-row">
                    <td [attr.data-label]="'operations.procedure' | transloco">{{ i.procedureName }}</td>
                    <td [attr.data-label]="'operations.step' | transloco">{{ i.stepName }}<br /><span class="muted small">{{ 'operations.incidents.types.' + i.type | transloco }}@if (i.topic) { · {{ i.topic }} }</span></td>
                    <td [attr.data-label]="'operations.businessKey' | transloco">{{ i.businessKey || '—' }}</td>
                    <td class="error" [attr.data-label]="'operations.error' | transloco">{{ i.errorMessage || '—' }}</td>
                    <td class="nowrap" [attr.data-label]="'operations.since' | transloco">{{ i.createdAt | dateTime }}</td>
                    <td><div class="actions">
                      <button type="button" class="btn small" (click)="openRetry(i)" [disabled]="busy() === i.id" data-testid="incident-retry">{{ 'operations.incidents.retry' | transloco }}</button>
                      @if (i.type === 'failedJob') {
                        <button type="button" class="btn small" (click)="resolving.set(i)" [disabled]="busy() === i.id" data-testid="incident-resolve">{{ 'operations.incidents.resolve' | transloco }}</button>
                      }
                      <button type="button" class="btn small" (click)="inspect(i)" [disabled]="busy() === i.id" data-testid="incident-details">{{ 'operations.incidents.details' | transloco }}</button>
                    </div></td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      </section>

      <section class="panel" aria-labelledby="ops-attention">
        <h2 id="ops-attention">{{ 'operations.attention.title' | transloco }} <span class="count">{{ v.attention.length }}</span></h2>
        @if (v.attention.length === 0) {
          <p class="muted empty" data-testid="operations-no-attention">{{ 'operations.attention.empty' | transloco }}</p>
        } @else {
          <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'operations.attention.title' | transloco">
            <table class="data-table" data-testid="operations-attention">
              <thead><tr>
                <th scope="col">{{ 'operations.procedure' | transloco }}</th><th scope="col">{{ 'operations.businessKey' | transloco }}</th>
                <th scope="col">{{ 'operations.status' | transloco }}</th><th scope="col">{{ 'operations.atSteps' | transloco }}</th>
                <th scope="col">{{ 'operations.error' | transloco }}</th><th scope="col">{{ 'operations.started' | transloco }}</th>
                <th scope="col"><span class="visually-hidden">{{ 'operations.actions' | transloco }}</span></th>
              </tr></thead>
              <tbody>
                @for (a of v.attention; track a.id) {
                  <tr>
                    <td>{{ a.procedureName }}</td><td>{{ a.businessKey || '—' }}</td>
                    <td><span class="pill" [class.bad]="a.status === 'Faulted'">{{ 'operations.statuses.' + a.status | transloco }}</span></td>
                    <td>{{ a.atSteps.join(', ') || '—' }}</td><td class="error">{{ a.faultMessage || '—' }}</td><td class="nowrap">{{ a.startedAt | dateTime }}</td>
                    <td class="actions">
                      @if (a.status === 'Suspended') {
                        <button type="button" class="btn small" (click)="resume(a)" [disabled]="busy() === a.id" data-testid="instance-resume">{{ 'operations.attention.resume' | transloco }}</button>
                      }
                      <button type="button" class="btn small danger" (click)="cancelling.set(a)" [disabled]="busy() === a.id" data-testid="instance-cancel">{{ 'operations.attention.cancel' | transloco }}</button>
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      </section>

      <section class="panel" aria-labelledby="ops-load">
        <h2 id="ops-load">{{ 'operations.load.title' | transloco }}</h2>
        <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'operations.load.title' | transloco">
          <table class="data-table compact" data-testid="operations-load">
            <thead><tr>
              <th scope="col">{{ 'operations.procedure' | transloco }}</th><th scope="col" class="num">{{ 'operations.load.version' | transloco }}</th>
              <th scope="col" class="num">{{ 'operations.statuses.Running' | transloco }}</th><th scope="col" class="num">{{ 'operations.statuses.Suspended' | transloco }}</th>
              <th scope="col" class="num">{{ 'operations.statuses.Faulted' | transloco }}</th><th scope="col" class="num">{{ 'operations.statuses.Completed' | transloco }}</th>
              <th scope="col" class="num">{{ 'operations.statuses.Terminated' | transloco }}</th>
            </tr></thead>
            <tbody>
              @for (p of v.procedures; track p.key + p.version) {
                <tr><td><a [routerLink]="['/admin/operations/definitions', p.key, p.version]" [title]="'operations.cockpitLinks.heat' | transloco" data-testid="operations-heat-link">{{ p.name }}</a></td><td class="num">{{ p.version }}</td><td class="num">{{ p.running }}</td><td class="num">{{ p.suspended }}</td>
                  <td class="num" [class.error]="p.faulted > 0">{{ p.faulted }}</td><td class="num">{{ p.completed }}</td><td class="num">{{ p.terminated }}</td></tr>
              } @empty {
                <tr><td colspan="7" class="muted">{{ 'operations.load.empty' | transloco }}</td></tr>
              }
            </tbody>
          </table>
        </div>
      </section>
      <section class="panel" aria-labelledby="ops-topics">
        <h2 id="ops-topics">{{ 'operations.topics.title' | transloco }}</h2>
        <p class="muted note">{{ 'operations.topics.note' | transloco }}</p>
        <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'operations.topics.title' | transloco">
          <table class="data-table compact" data-testid="operations-topics">
            <thead><tr>
              <th scope="col">{{ 'operations.topics.topic' | transloco }}</th><th scope="col" class="num">{{ 'operations.topics.waiting' | transloco }}</th>
              <th scope="col" class="num">{{ 'operations.topics.locked' | transloco }}</th><th scope="col" class="num">{{ 'operations.incidents.title' | transloco }}</th>
            </tr></thead>
            <tbody>
              @for (t of v.topics; track t.topic) {
                <tr><td>{{ t.topic }}</td><td class="num">{{ t.waiting }}</td><td class="num">{{ t.locked }}</td><td class="num" [class.error]="t.incidents > 0">{{ t.incidents }}</td></tr>
              } @empty {
                <tr><td colspan="4" class="muted">{{ 'operations.topics.empty' | transloco }}</td></tr>
              }
            </tbody>
          </table>
        </div>
      </section>
    } @else if (loading()) {
      <p class="muted"><span class="spinner"></span> {{ 'common.loading' | transloco }}</p>
    }

    @if (retrying(); as i) {
      <app-modal [title]="'operations.incidents.retryTitle' | transloco" testId="retry-dialog" (closed)="retrying.set(null)">
        <p>{{ 'operations.incidents.retryConfirm' | transloco: { procedure: i.procedureName, step: i.stepName } }}</p>
        <label class="field">
          <span>{{ 'operations.incidents.retries' | transloco }}</span>
          <input type="number" min="1" max="10" [(ngModel)]="retries" name="retries" data-testid="retry-count" />
          <small class="muted">{{ 'operations.incidents.retriesHint' | transloco }}</small>
        </label>
        <div footer>
          <button type="button" class="btn" (click)="retrying.set(null)">{{ 'common.cancel' | transloco }}</button>
          <button type="button" class="btn primary" (click)="retry(i)" [disabled]="busy() === i.id" data-testid="retry-confirm">{{ 'operations.incidents.retry' | transloco }}</button>
        </div>
      </app-modal>
    }

    @if (resolving(); as i) {
      <app-modal [title]="'operations.incidents.resolveTitle' | transloco" testId="resolve-dialog" (closed)="resolving.set(null)">
        <p>{{ 'operations.incidents.resolveConfirm' | transloco: { procedure: i.procedureName, step: i.stepName } }}</p>
        <div footer>
          <button type="button" class="btn" (click)="resolving.set(null)">{{ 'common.cancel' | transloco }}</button>
          <button type="button" class="btn primary" (click)="resolve(i)" [disabled]="busy() === i.id" data-testid="resolve-confirm">{{ 'operations.incidents.resolve' | transloco }}</button>
        </div>
      </app-modal>
    }

    @if (detail(); as d) {
      <app-modal [title]="'operations.incidents.detailTitle' | transloco" testId="incident-dialog" (closed)="detail.set(null)">
        <dl class="facts">
          <dt>{{ 'operations.procedure' | transloco }}</dt><dd>{{ d.procedureName }}</dd>
          <dt>{{ 'operations.step' | transloco }}</dt><dd>{{ d.stepName }} <span class="muted small">({{ d.elementId }}@if (d.failedElementId && d.failedElementId !== d.elementId) { → {{ d.failedElementId }}})</span></dd>
          <dt>{{ 'operations.incidents.type' | transloco }}</dt><dd>{{ 'operations.incidents.types.' + d.type | transloco }}</dd>
          <dt>{{ 'operations.businessKey' | transloco }}</dt><dd>{{ d.businessKey || '—' }}</dd>
          <dt>{{ 'operations.since' | transloco }}</dt><dd>{{ d.createdAt | dateTime }}</dd>
          <dt>{{ 'operations.error' | transloco }}</dt><dd class="error">{{ d.errorMessage || '—' }}</dd>
        </dl>
        @if (d.details) {
          <details><summary>{{ 'operations.incidents.stack' | transloco }}</summary><pre class="stack" data-testid="incident-stack">{{ d.details }}</pre></details>
        }
        <div footer><button type="button" class="btn" (click)="detail.set(null)">{{ 'common.close' | transloco }}</button></div>
      </app-modal>
    }

    @if (cancelling(); as a) {
      <app-modal [title]="'operations.attention.cancelTitle' | transloco" testId="cancel-dialog" (closed)="cancelling.set(null)">
        <p>{{ 'operations.attention.cancelConfirm' | transloco: { procedure: a.procedureName, key: a.businessKey || '—' } }}</p>
        <div footer>
          <button type="button" class="btn" (click)="cancelling.set(null)">{{ 'common.cancel' | transloco }}</button>
          <button type="button" class="btn danger" (click)="cancel(a)" [disabled]="busy() === a.id" data-testid="cancel-confirm">{{ 'operations.attention.cancel' | transloco }}</button>
        </div>
      </app-modal>
    }
  `,
  styles: `
    .page-header.with-actions { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-start; justify-content: space-between; }
    .page-actions { display: flex; flex-wrap: wrap; gap: 8px; }
    .panel { margin-bottom: 16px; padding: 4px 0 8px; }
    h2 { font-size: 1.05rem; margin: 12px 16px 6px; display: flex; align-items: center; gap: 8px; }
    .count { font-size: 0.8125rem; font-weight: 600; padding: 1px 8px; border-radius: 999px; background: var(--ia-surface-muted); border: 1px solid var(--ia-border); }
    .note, .empty { margin: 0 16px 10px; font-size: 0.875rem; }
    .table-wrap { margin: 0 16px; }
    .error { color: #8a1c1c; }
    .pill { font-size: 0.8125rem; padding: 2px 8px; border-radius: 999px; background: var(--ia-warning-soft); border: 1px solid var(--ia-warning-border); white-space: nowrap; }
    .pill.bad { background: #fdecec; border-color: #f3b4b4; color: #8a1c1c; }
    .actions { display: flex; gap: 6px; flex-wrap: wrap; }
    .incidents .actions { min-width: 150px; }
    /* On a phone each incident is a card: label and value per line, the actions below. */
    @media (max-width: 640px) {
      .incidents thead { display: none; }
      .incidents, .incidents tbody, .incidents tr, .incidents td { display: block; width: 100%; }
      .incidents tr { border: 1px solid var(--ia-border); border-radius: 8px; padding: 8px 10px; margin-bottom: 10px; }
      .incidents td { border: 0; padding: 3px 0; white-space: normal; }
      .incidents td[data-label]::before { content: attr(data-label); display: block; font-size: 0.75rem; font-weight: 600; color: var(--ia-text-muted, #5b6470); text-transform: uppercase; }
      .incidents .actions { min-width: 0; padding-top: 6px; }
    }
    .field { display: grid; gap: 4px; margin-top: 8px; max-width: 220px; }
    .field input { width: 100%; }
    .facts { display: grid; grid-template-columns: max-content 1fr; gap: 6px 12px; margin: 0 0 12px; }
    .facts dt { font-weight: 600; }
    .facts dd { margin: 0; overflow-wrap: anywhere; }
    .stack { max-height: 240px; overflow: auto; font-size: 0.75rem; white-space: pre-wrap; background: var(--ia-surface-muted); padding: 8px; border-radius: 4px; }
  `,
})
export class OperationsPage {
  private readonly api = inject(Api);
  private readonly transloco = inject(TranslocoService);
  protected readonly view = signal<WorkflowOperationsDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly busy = signal<string | null>(null);
  protected readonly cancelling = signal<InstanceAttentionDto | null>(null);
  protected readonly retrying = signal<WorkflowIncidentDto | null>(null);
  protected readonly resolving = signal<WorkflowIncidentDto | null>(null);
  protected readonly detail = signal<WorkflowIncidentDto | null>(null);
  protected retries = 1;
  protected readonly message = signal<{ ok: boolean; text: string } | null>(null);

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    try {
      this.view.set(await this.api.invoke(getWorkflowOperations));
    } catch (e) {
      this.message.set({ ok: false, text: problemOf(e)?.detail ?? this.transloco.translate('common.loadFailed') });
    } finally {
      this.loading.set(false);
    }
  }

  protected openRetry(i: WorkflowIncidentDto): void {
    this.retries = 1;
    this.retrying.set(i);
  }

  protected async retry(i: WorkflowIncidentDto): Promise<void> {
    const done = i.type === 'failedJob' ? 'operations.incidents.retriedJob' : 'operations.incidents.retried';
    await this.act(i.id, () => this.api.invoke(retryWorkflowIncident, { id: i.id, retries: this.retries }), done);
    this.retrying.set(null);
  }

  protected async resolve(i: WorkflowIncidentDto): Promise<void> {
    await this.act(i.id, () => this.api.invoke(resolveWorkflowIncident, { id: i.id }), 'operations.incidents.resolved');
    this.resolving.set(null);
  }

  protected async inspect(i: WorkflowIncidentDto): Promise<void> {
    this.busy.set(i.id);
    try {
      this.detail.set(await this.api.invoke(getWorkflowIncident, { id: i.id }));
    } catch (e) {
      this.message.set({ ok: false, text: problemOf(e)?.detail ?? this.transloco.translate('common.loadFailed') });
    } finally {
      this.busy.set(null);
    }
  }

  protected resume(a: InstanceAttentionDto): Promise<void> {
    return this.act(a.id, () => this.api.invoke(resumeWorkflowInstance, { id: a.id }), 'operations.attention.resumed');
  }

  protected async cancel(a: InstanceAttentionDto): Promise<void> {
    await this.act(a.id, () => this.api.invoke(cancelWorkflowInstance, { id: a.id }), 'operations.attention.cancelled');
    this.cancelling.set(null);
  }

  private async act(id: string, call: () => Promise<unknown>, done: string): Promise<void> {
    this.busy.set(id);
    this.message.set(null);
    try {
      await call();
      this.message.set({ ok: true, text: this.transloco.translate(done) });
      await this.load();
    } catch (e) {
      const p = problemOf(e);
      this.message.set({ ok: false, text: p?.detail || this.transloco.translate('common.saveFailed') });
    } finally {
      this.busy.set(null);
    }
  }
}
