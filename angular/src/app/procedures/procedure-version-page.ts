import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { Api } from '../api/api';
import { getWorkflowDefinitionXml, listWorkflowDefinitions } from '../api/functions';
import { WorkflowDefinitionDto } from '../api/models';
import { problemOf } from '../core/http/problem-details';
import { DayPipe } from '../shared/format/money';
import { Icon } from '../shared/icon/icon';
import { xmlText } from './blank-diagram';
import { BpmnDiagram } from './diagram/bpmn-diagram';
import { ProcedurePermissions } from './procedure-permissions';
import { provideProceduresScope } from './scope';
import { LegalCitationView } from '../shared/legal/legal-citation';
import { startableByHand } from './dossier/procedures-for-kind';
import { StartInstanceDialog } from './start-instance-dialog';
import { WorkflowBindings } from './workflow-bindings';
import { WorkflowInstanceDto } from '../api/models';

/** One procedure version: its facts and its diagram (bpmn-js NavigatedViewer). */
@Component({
  selector: 'app-procedure-version-page',
  imports: [LegalCitationView, RouterLink, TranslocoPipe, DayPipe, Icon, BpmnDiagram, StartInstanceDialog, WorkflowBindings],
  providers: [provideProceduresScope()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back" routerLink="/procedures" data-testid="back-to-procedures"><app-icon name="arrowLeft" /> {{ 'procedures.version.back' | transloco }}</a>
    @if (error(); as message) {
      <div class="alert" role="alert" data-testid="version-error"><app-icon name="alert" /><span>{{ message }}</span></div>
    } @else if (def(); as d) {
      <header class="page-header with-actions">
        <div>
          <div class="key">{{ 'procedures.task.version' | transloco: { version: d.version } }} · <span class="state" [attr.data-status]="d.status">{{ 'procedures.status.' + d.status | transloco }}</span></div>
          <h1 data-testid="page-title">{{ d.name || d.key }}</h1>
          <p class="legal"><app-legal-citation [text]="d.legalBasis" /></p>
          <p class="muted">
            @if (d.effectiveFrom) { {{ 'procedures.list.from' | transloco: { date: (d.effectiveFrom | day) } }} }
            @if (d.effectiveTo) { {{ 'procedures.list.to' | transloco: { date: (d.effectiveTo | day) } }} }
          </p>
        </div>
        <div class="page-actions">
          <a class="btn" [href]="xmlUrl()" [attr.download]="d.key + '.v' + d.version + '.bpmn'" data-testid="version-xml"><app-icon name="download" /> {{ 'procedures.version.xml' | transloco }}</a>
          @if (canStart()) {
            <button type="button" class="btn primary" (click)="starting.set(true)" data-testid="version-start"><app-icon name="play" /> {{ 'procedures.start.open' | transloco }}</button>
          }
          @if (can.canManageDefinitions()) {
            <a class="btn" [class.primary]="!canStart()" routerLink="/procedures/modeler" [queryParams]="{ from: d.key, version: d.version }" data-testid="version-edit"><app-icon name="edit" /> {{ 'procedures.list.editDraft' | transloco }}</a>
          }
        </div>
      </header>
    } @else {
      <p class="muted"><span class="spinner"></span> {{ 'common.loading' | transloco }}</p>
    }
    @if (startedInstance(); as i) {
      <div class="alert success" role="status" data-testid="version-started">
        <app-icon name="check" />
        <span>
          {{ 'procedures.start.done' | transloco: { key: i.businessKey || '—' } }}
          @if (firstTask(i); as t) { {{ 'procedures.start.firstTask' | transloco: { step: t } }} <a routerLink="/tasks">{{ 'procedures.start.toInbox' | transloco }}</a> }
        </span>
      </div>
    }
    @if (starting() && def(); as d) {
      <app-start-instance-dialog [definitionKey]="d.key" [version]="d.version" [name]="d.name || d.key" (closed)="starting.set(false)"
        (started)="onStarted($event)" />
    }
    @if (def(); as d) {
      @if (can.canManageDefinitions()) {
        <app-workflow-bindings [definitionKey]="d.key" [version]="d.version" />
      }
    }
    @if (xml()) {
      <section class="panel diagram">
        <app-bpmn-diagram [xml]="xml()" [height]="560" />
        <p class="muted hint">{{ 'procedures.version.hint' | transloco }}</p>
      </section>
    }
  `,
  styles: `
    .back {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      margin-bottom: 12px;
      font-size: 0.875rem;
      app-icon {
        width: 16px;
        height: 16px;
      }
    }
    .key {
      font-family: var(--ia-font-mono, monospace);
      font-size: 0.8125rem;
      color: var(--ia-text-muted);
    }
    .legal {
      max-width: 900px;
      font-size: 0.875rem;
    }
    .state[data-status='Published'] {
      color: var(--ia-success);
    }
    .state[data-status='Draft'] {
      color: #93370d;
    }
    .diagram {
      padding: 12px;
    }
    .hint {
      margin: 8px 0 0;
      font-size: 0.75rem;
    }
  `,
})
export class ProcedureVersionPage {
  private readonly api = inject(Api);
  private readonly transloco = inject(TranslocoService);
  protected readonly can = inject(ProcedurePermissions);

  readonly key = input.required<string>();
  readonly version = input.required<string>();

  protected readonly def = signal<WorkflowDefinitionDto | null>(null);
  protected readonly xml = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly starting = signal(false);
  protected readonly startedInstance = signal<WorkflowInstanceDto | null>(null);
  /** A published version that staff start by hand (not a dossier's procedure, not one the system starts). */
  protected readonly canStart = computed(() => {
    const d = this.def();
    return !!d && d.status === 'Published' && this.can.canStartDossier() && startableByHand(d.key);
  });
  protected readonly xmlUrl = computed(() => `/api/v1/workflow-definitions/${encodeURIComponent(this.key())}/versions/${this.version()}/xml`);

  protected onStarted(instance: WorkflowInstanceDto): void {
    this.starting.set(false);
    this.startedInstance.set(instance);
  }

  /** The name of the first open task the start made, for the message. */
  protected firstTask(instance: WorkflowInstanceDto): string | null {
    const task = instance.tasks.find((t) => t.status === 'Open');
    return task ? (task.name ?? task.elementId) : null;
  }

  async ngOnInit(): Promise<void> {
    try {
      const version = Number(this.version());
      const [defs, xml] = await Promise.all([
        this.api.invoke(listWorkflowDefinitions, { key: this.key() }),
        this.api.invoke(getWorkflowDefinitionXml, { key: this.key(), version }),
      ]);
      this.def.set(defs.find((d) => d.version === version) ?? null);
      this.xml.set(await xmlText(xml));
    } catch (e) {
      this.error.set(problemOf(e)?.detail ?? this.transloco.translate('common.loadFailed'));
    }
  }
}
