import { ChangeDetectionStrategy, Component, ElementRef, OnDestroy, inject, input, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { Api } from '../api/api';
import { getWorkflowDefinitionXml, listWorkflowDefinitions, publishWorkflowDefinition, uploadWorkflowDefinition$Xml } from '../api/functions';
import { WorkflowDefinitionDto } from '../api/models';
import { problemOf } from '../core/http/problem-details';
import { Icon } from '../shared/icon/icon';
import { BpmnError, blankDiagram, blankDiagramTexts, bpmnErrorsOf, xmlText } from './blank-diagram';
import { ProcedurePermissions } from './procedure-permissions';
import { provideProceduresScope } from './scope';
import { WorkflowBindings } from './workflow-bindings';
import { DateInput } from '../shared/date-input/date-input';

type Modeler = import('bpmn-js/lib/Modeler').default;

interface Selected {
  id: string;
  type: string;
  name: string;
  candidateGroups: string;
  outcomes: string;
  dueDate: string;
}

/** Draw or edit a procedure (bpmn-js Modeler), save it as a draft (showing the server's errors), publish it. */
@Component({
  selector: 'app-procedure-modeler-page',
  imports: [DateInput, RouterLink, TranslocoPipe, Icon, WorkflowBindings],
  providers: [provideProceduresScope()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './procedure-modeler-page.html',
  styleUrl: './procedure-modeler-page.scss',
})
export class ProcedureModelerPage implements OnDestroy {
  private readonly api = inject(Api);
  private readonly transloco = inject(TranslocoService);
  protected readonly can = inject(ProcedurePermissions);

  /** ?from=key&version=n: start from that version's XML. */
  readonly from = input<string | undefined>();
  readonly version = input<string | undefined>();

  private readonly canvas = viewChild.required<ElementRef<HTMLDivElement>>('canvas');
  private modeler: Modeler | null = null;

  protected readonly definitions = signal<WorkflowDefinitionDto[]>([]);
  protected readonly source = signal('');
  protected readonly key = signal('');
  protected readonly name = signal('');
  protected readonly legalBasis = signal('');
  protected readonly effectiveFrom = signal('');
  protected readonly effectiveTo = signal('');
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly saveError = signal<string | null>(null);
  protected readonly bpmnErrors = signal<BpmnError[]>([]);
  protected readonly saved = signal<WorkflowDefinitionDto | null>(null);
  protected readonly notice = signal<string | null>(null);
  /** What publishing warned about (ids that map to nobody, tasks offered to nobody): published all the same. */
  protected readonly publishWarnings = signal<string[]>([]);
  protected readonly selected = signal<Selected | null>(null);

  async ngOnInit(): Promise<void> {
    try {
      this.definitions.set(await this.api.invoke(listWorkflowDefinitions, {}));
    } catch {
      // the list only offers starting points
    }
    const from = this.from();
    const version = this.version();
    this.source.set(from && version ? `${from}@${version}` : '');
    await this.open(from, version ? Number(version) : undefined);
  }

  protected async openSource(value: string): Promise<void> {
    this.source.set(value);
    const [key, version] = value ? value.split('@') : [undefined, undefined];
    await this.open(key, version ? Number(version) : undefined);
  }

  private async open(key: string | undefined, version: number | undefined): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    this.saved.set(null);
    this.bpmnErrors.set([]);
    try {
      let xml: string;
      if (key && version) {
        xml = await xmlText(await this.api.invoke(getWorkflowDefinitionXml, { key, version }));
        const def = this.definitions().find((d) => d.key === key && d.version === version);
        this.legalBasis.set(def?.legalBasis ?? '');
        this.effectiveFrom.set(def?.effectiveFrom ?? '');
        this.effectiveTo.set(def?.effectiveTo ?? '');
      } else {
        xml = blankDiagram(await blankDiagramTexts(this.transloco));
        this.legalBasis.set('');
        this.effectiveFrom.set('');
        this.effectiveTo.set('');
      }
      const modeler = await this.ensureModeler();
      await modeler.importXML(xml);
      (modeler.get('canvas') as { zoom(a: string, b: string): void }).zoom('fit-viewport', 'auto');
      const root = this.rootProcess();
      this.key.set(root?.id ?? key ?? '');
      this.name.set(root?.name ?? '');
      this.selected.set(null);
    } catch (e) {
      this.loadError.set(`${this.transloco.translate('procedures.modeler.loadFailed')} ${problemOf(e)?.detail ?? (e instanceof Error ? e.message : '')}`);
    } finally {
      this.loading.set(false);
    }
  }

  private async ensureModeler(): Promise<Modeler> {
    if (this.modeler) return this.modeler;
    const { default: BpmnModeler } = await import('bpmn-js/lib/Modeler');
    const modeler = new BpmnModeler({ container: this.canvas().nativeElement });
    const bus = modeler.get('eventBus') as { on(e: string, fn: (ev: { newSelection: DiagramElement[] }) => void): void };
    bus.on('selection.changed', (ev) => this.select(ev.newSelection[0] ?? null));
    this.modeler = modeler;
    return modeler;
  }

  private rootProcess(): { id: string; name?: string } | null {
    const canvas = this.modeler?.get('canvas') as { getRootElement(): DiagramElement } | undefined;
    return canvas?.getRootElement()?.businessObject ?? null;
  }

  private select(element: DiagramElement | null): void {
    if (!element || element.type === 'bpmn:Process') {
      this.selected.set(null);
      return;
    }
    const bo = element.businessObject;
    const attrs = bo.$attrs ?? {};
    this.selected.set({
      id: bo.id,
      type: element.type.replace('bpmn:', ''),
      name: bo.name ?? '',
      candidateGroups: attrs['camunda:candidateGroups'] ?? '',
      outcomes: attrs['ia:outcomes'] ?? '',
      dueDate: attrs['camunda:dueDate'] ?? '',
    });
  }

  /** Writes one property of the selected element through bpmn-js's modeling (undoable). */
  protected setProperty(prop: keyof Selected, value: string): void {
    const current = this.selected();
    if (!this.modeler || !current) return;
    const registry = this.modeler.get('elementRegistry') as { get(id: string): DiagramElement | undefined };
    const modeling = this.modeler.get('modeling') as { updateProperties(el: DiagramElement, props: Record<string, unknown>): void };
    const element = registry.get(current.id);
    if (!element) return;
    const names: Record<string, string> = {
      id: 'id',
      name: 'name',
      candidateGroups: 'camunda:candidateGroups',
      outcomes: 'ia:outcomes',
      dueDate: 'camunda:dueDate',
    };
    try {
      modeling.updateProperties(element, { [names[prop]]: value || undefined });
      this.selected.set({ ...current, [prop]: value });
    } catch (e) {
      this.saveError.set(e instanceof Error ? e.message : String(e));
    }
  }

  protected async saveDraft(): Promise<void> {
    if (!this.modeler || this.saving()) return;
    this.saving.set(true);
    this.saveError.set(null);
    this.bpmnErrors.set([]);
    this.saved.set(null);
    try {
      const canvas = this.modeler.get('canvas') as { getRootElement(): DiagramElement };
      const modeling = this.modeler.get('modeling') as { updateProperties(el: DiagramElement, props: Record<string, unknown>): void };
      const root = canvas.getRootElement();
      if (this.key() && (root.businessObject.id !== this.key() || (root.businessObject.name ?? '') !== this.name())) {
        modeling.updateProperties(root, { id: this.key(), name: this.name() || undefined });
      }
      const { xml } = await this.modeler.saveXML({ format: true });
      const created = await this.api.invoke(
        uploadWorkflowDefinition$Xml,
        {
          legalBasis: this.legalBasis() || undefined,
          effectiveFrom: this.effectiveFrom() || undefined,
          effectiveTo: this.effectiveTo() || undefined,
          body: xml!,
        },
      );
      this.saved.set(created);
      this.notice.set(this.transloco.translate('procedures.modeler.saved', { key: created.key, version: created.version }));
    } catch (e) {
      const problem = problemOf(e);
      this.bpmnErrors.set(bpmnErrorsOf(problem));
      this.saveError.set(problem?.detail ?? problem?.title ?? (e instanceof Error ? e.message : this.transloco.translate('common.saveFailed')));
    } finally {
      this.saving.set(false);
    }
  }

  protected async publish(): Promise<void> {
    const draft = this.saved();
    if (!draft || this.saving()) return;
    this.saving.set(true);
    this.saveError.set(null);
    try {
      const published = await this.api.invoke(publishWorkflowDefinition, { key: draft.key });
      this.saved.set(published);
      this.publishWarnings.set(published.warnings ?? []);
      this.notice.set(this.transloco.translate('procedures.list.published', { key: published.key, version: published.version }));
    } catch (e) {
      this.saveError.set(problemOf(e)?.detail ?? this.transloco.translate('common.saveFailed'));
    } finally {
      this.saving.set(false);
    }
  }

  protected async download(): Promise<void> {
    if (!this.modeler) return;
    const { xml } = await this.modeler.saveXML({ format: true });
    const url = URL.createObjectURL(new Blob([xml!], { type: 'application/xml' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${this.key() || 'procedure'}.bpmn`;
    a.click();
    URL.revokeObjectURL(url);
  }

  /** Selects the element the server named in an error. */
  protected focus(elementId: string | null | undefined): void {
    if (!this.modeler || !elementId) return;
    const registry = this.modeler.get('elementRegistry') as { get(id: string): DiagramElement | undefined };
    const selection = this.modeler.get('selection') as { select(el: DiagramElement): void };
    const el = registry.get(elementId);
    if (el) selection.select(el);
  }

  ngOnDestroy(): void {
    this.modeler?.destroy();
    this.modeler = null;
  }
}

interface DiagramElement {
  id: string;
  type: string;
  businessObject: { id: string; name?: string; $attrs?: Record<string, string> };
}
