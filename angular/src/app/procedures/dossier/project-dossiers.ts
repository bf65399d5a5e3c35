import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { Api } from '../../api/api';
import {
  getWorkflowDefinitionXml,
  getWorkflowStartForm,
  getWorkflowInstance,
  listProjectDossiers,
  resubmitDossier,
  resumeWorkflowInstance,
  startDossier,
  suspendWorkflowInstance,
} from '../../api/functions';
import { DossierDto, ResolvedFormDto, WorkflowInstanceDto } from '../../api/models';
import { CamundaForm, formFieldErrors, startFormValues } from '../../shared/camunda-form/camunda-form';
import { problemOf, problemText } from '../../core/http/problem-details';
import { todayInVietnam } from '../../shared/vietnam-date';
import { EmptyState } from '../../shared/empty-state/empty-state';
import { DateTimePipe, DayPipe } from '../../shared/format/money';
import { Icon } from '../../shared/icon/icon';
import { Modal } from '../../shared/modal/modal';
import { xmlText } from '../blank-diagram';
import { BpmnDiagram } from '../diagram/bpmn-diagram';
import { FlowRef, instanceMarkers } from '../diagram/instance-marking';
import { ProcedurePermissions } from '../procedure-permissions';
import { provideProceduresScope } from '../scope';
import { DossierDocuments } from './dossier-documents';
import { DossierSummary } from './dossier-summary';
import { ReferenceData } from '../../shared/reference-data';
import { consultableAgencies, consultsAgencies, elementNames, mayConsultAgencies, proceduresForKind } from './procedures-for-kind';
import { DateInput } from '../../shared/date-input/date-input';
import { Person } from '../../shared/people/people';

/** The project's dossiers with status and SLA, receiving a new one, and the selected one's progress on its diagram. */
@Component({
  selector: 'app-project-dossiers',
  imports: [CamundaForm, Person, DateInput, RouterLink, TranslocoPipe, EmptyState, DayPipe, DateTimePipe, Icon, Modal, BpmnDiagram, DossierSummary, DossierDocuments],
  providers: [provideProceduresScope()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './project-dossiers.html',
  styleUrl: './project-dossiers.scss',
})
export class ProjectDossiers {
  private readonly api = inject(Api);
  private readonly transloco = inject(TranslocoService);
  protected readonly can = inject(ProcedurePermissions);
  private readonly reference = inject(ReferenceData);
  private readonly agencyList = this.reference.items('Agency');

  readonly projectId = input.required<string>();
  readonly projectKind = input.required<string>();
  readonly projectName = input('');
  /** A dossier was received or moved: the project's status may have changed. */
  readonly changed = output<void>();

  protected readonly dossiers = signal<DossierDto[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly selectedId = signal<string | null>(null);
  protected readonly selected = computed(() => this.dossiers().find((d) => d.id === this.selectedId()) ?? null);
  protected readonly instance = signal<WorkflowInstanceDto | null>(null);
  protected readonly xml = signal<string | null>(null);
  protected readonly names = computed(() => (this.xml() ? elementNames(this.xml()!) : {}));
  protected readonly markersFor = computed(() => {
    const i = this.instance();
    return i ? (flows: FlowRef[]) => instanceMarkers(i, flows) : null;
  });
  /** "Who did what and when": the finished steps, newest first. */
  protected readonly steps = computed(() =>
    (this.instance()?.history ?? [])
      .filter((h) => h.ended && (h.taskId || h.activityType.toLowerCase().includes('event') || h.actor))
      .sort((a, b) => (b.ended ?? '').localeCompare(a.ended ?? '')),
  );
  protected readonly openTasks = computed(() => (this.instance()?.tasks ?? []).filter((t) => t.status === 'Open'));

  // The "Nộp hồ sơ" dialog.
  protected readonly procedures = computed(() => proceduresForKind(this.projectKind()));
  protected readonly dialogOpen = signal(false);
  protected readonly procedureKey = signal('');
  protected readonly receivedOn = signal(todayInVietnam());
  protected readonly applicant = signal('');
  protected readonly contact = signal('');
  protected readonly chosenAgencies = signal<string[]>([]);
  protected readonly starting = signal(false);
  protected readonly startError = signal<string | null>(null);
  protected readonly startInvalid = computed(
    () =>
      !this.procedureKey() ||
      !this.receivedOn() ||
      !this.applicant().trim() ||
      (consultsAgencies(this.procedureKey()) && this.chosenAgencies().length === 0),
  );
  protected readonly needsAgencies = computed(() => mayConsultAgencies(this.procedureKey()));
  /** The start event's Camunda Form of the version in force on the receipt day, if the model has one. */
  protected readonly startForm = signal<ResolvedFormDto | null>(null);
  protected readonly startFormErrors = signal<Record<string, string[]> | null>(null);
  private readonly startFormView = viewChild(CamundaForm);
  private readonly startFormLoader = effect(() => {
    const [open, key, on] = [this.dialogOpen(), this.procedureKey(), this.receivedOn()];
    this.startForm.set(null);
    if (!open || !key || !on) return;
    this.api.invoke(getWorkflowStartForm, { key, on }).then(
      (form) => {
        if (this.procedureKey() === key && this.receivedOn() === on) this.startForm.set(form ?? null);
      },
      () => this.startForm.set(null),
    );
  });
  /** Non-refundable aid touching security, defence, religion or law-making: the Prime Minister approves it (the decision table's input). */
  protected readonly sensitiveField = signal(false);
  protected readonly asksSensitiveField = computed(() => this.procedureKey() === 'ngo-aid-approval');
  protected readonly agenciesRequired = computed(() => consultsAgencies(this.procedureKey()));
  /** The Agency reference list's entries in force on the receipt day, named in the current language. */
  protected readonly agencies = computed(() =>
    consultableAgencies(this.agencyList(), this.receivedOn()).map((a) => ({ code: a.code, name: this.reference.name('Agency', a.code) })),
  );

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const list = await this.api.invoke(listProjectDossiers, { projectId: this.projectId() });
      const sorted = [...list].sort((a, b) => b.receivedOn.localeCompare(a.receivedOn));
      this.dossiers.set(sorted);
      const keep = sorted.find((d) => d.id === this.selectedId()) ?? sorted[0];
      if (keep) await this.select(keep);
    } catch (e) {
      this.error.set(problemOf(e)?.detail ?? this.transloco.translate('common.loadFailed'));
    } finally {
      this.loading.set(false);
    }
  }

  protected async select(d: DossierDto): Promise<void> {
    const sameProcedure = this.selected()?.procedureKey === d.procedureKey && this.selected()?.procedureVersion === d.procedureVersion;
    this.selectedId.set(d.id);
    if (!d.workflowInstanceId) {
      this.instance.set(null);
      return;
    }
    try {
      const [instance, xml] = await Promise.all([
        this.api.invoke(getWorkflowInstance, { id: d.workflowInstanceId }),
        sameProcedure && this.xml()
          ? Promise.resolve(this.xml()!)
          : this.api.invoke(getWorkflowDefinitionXml, { key: d.procedureKey, version: d.procedureVersion }).then(xmlText),
      ]);
      this.xml.set(xml);
      this.instance.set(instance);
    } catch (e) {
      this.error.set(problemOf(e)?.detail ?? this.transloco.translate('common.loadFailed'));
    }
  }

  /** The dossier waits for the applicant's supplements (clock paused) and staff may record them. */
  protected readonly canResubmit = computed(
    () => this.can.canStartDossier() && !!this.selected()?.sla?.isPaused && (this.instance()?.activeNodes ?? []).includes('waitResubmit'),
  );
  protected readonly resubmitOn = signal(todayInVietnam());
  protected readonly resubmitting = signal(false);
  protected readonly holding = signal(false);
  protected readonly suspended = computed(() => this.instance()?.status === 'Suspended');
  protected readonly canHold = computed(() => this.can.canHoldProcedure() && ['Running', 'Suspended'].includes(this.instance()?.status ?? ''));

  /** Suspends the selected dossier's procedure (its tasks wait, its timers hold) or lets it go on. */
  protected async hold(suspend: boolean): Promise<void> {
    const id = this.instance()?.id;
    if (!id || this.holding()) return;
    this.holding.set(true);
    this.error.set(null);
    try {
      this.instance.set(await this.api.invoke(suspend ? suspendWorkflowInstance : resumeWorkflowInstance, { id }));
    } catch (e) {
      this.error.set(problemOf(e)?.detail ?? this.transloco.translate('common.saveFailed'));
    } finally {
      this.holding.set(false);
    }
  }

  /** Records the supplemented dossier: the SLA clock resumes and the completeness check comes back. */
  protected async resubmit(): Promise<void> {
    const d = this.selected();
    if (!d || this.resubmitting()) return;
    this.resubmitting.set(true);
    this.error.set(null);
    try {
      await this.api.invoke(resubmitDossier, { id: d.id, body: { on: this.resubmitOn() || null } });
      await this.load();
      this.changed.emit();
    } catch (e) {
      this.error.set(problemOf(e)?.detail ?? this.transloco.translate('common.saveFailed'));
    } finally {
      this.resubmitting.set(false);
    }
  }

  protected openDialog(): void {
    this.procedureKey.set(this.procedures()[0] ?? '');
    this.receivedOn.set(todayInVietnam());
    this.applicant.set(this.projectName() ?? '');
    this.contact.set('');
    this.chosenAgencies.set([]);
    this.sensitiveField.set(false);
    this.startError.set(null);
    this.dialogOpen.set(true);
  }

  protected toggleAgency(code: string, on: boolean): void {
    this.chosenAgencies.update((list) => (on ? [...new Set([...list, code])] : list.filter((c) => c !== code)));
  }

  protected async start(): Promise<void> {
    if (this.startInvalid() || this.starting()) return;
    this.starting.set(true);
    this.startError.set(null);
    this.startFormErrors.set(null);
    try {
      const formValues = await startFormValues(!!this.startForm(), this.startFormView());
      if (!formValues) {
        this.startError.set(this.transloco.translate('procedures.start.fixForm'));
        return;
      }
      const inForce = new Set(this.agencies().map((a) => a.code));
      const chosen: Record<string, unknown> = { ...formValues };
      if (this.needsAgencies()) chosen['agencies'] = this.chosenAgencies().filter((c) => inForce.has(c));
      if (this.asksSensitiveField()) chosen['sensitiveField'] = this.sensitiveField();
      const variables = Object.keys(chosen).length ? chosen : undefined;
      const created = await this.api.invoke(startDossier, {
        projectId: this.projectId(),
        body: {
          procedureKey: this.procedureKey(),
          receivedOn: this.receivedOn(),
          applicant: { name: this.applicant().trim(), contact: this.contact().trim() || null },
          variables,
        },
      });
      this.dialogOpen.set(false);
      this.selectedId.set(created.id);
      await this.load();
      this.changed.emit();
    } catch (e) {
      const problem = problemOf(e);
      this.startFormErrors.set(formFieldErrors(problem?.errors));
      this.startError.set((problem && problemText(problem)) || this.transloco.translate('common.saveFailed'));
    } finally {
      this.starting.set(false);
    }
  }

  /** "agency:STC" → Sở Tài chính tỉnh Hưng Yên (the Agency reference list), "leader" → Lãnh đạo. */
  protected groupLabel(group: string): string {
    return group.startsWith('agency:')
      ? this.reference.name('Agency', group.slice(7))
      : this.transloco.translate('roles.' + group);
  }

  protected stepName(id: string): string {
    return this.names()[id] ?? id;
  }

  /** The open tasks' steps, then the steps waiting for the job server (asynchronous continuations), which no person is to act on. */
  protected currentSteps(d: DossierDto): string {
    const background = this.transloco.translate('procedures.dossiers.background');
    return [
      ...d.tasks.filter((t) => t.status === 'Open').map((t) => t.name ?? t.elementId),
      ...(d.backgroundSteps ?? []).map((step) => `${step} (${background})`),
    ]
      .filter((v, i, all) => all.indexOf(v) === i)
      .join(', ');
  }
}
