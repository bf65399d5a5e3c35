import { ChangeDetectionStrategy, Component, ElementRef, OnDestroy, OnInit, computed, inject, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { Api } from '../../api/api';
import { evaluateDecision, getDecisionModelXml, listDecisionModels, publishDecisionModel, uploadDecisionModel$Xml } from '../../api/functions';
import { DecisionEvaluationDto, DecisionModelDto } from '../../api/models';
import { problemOf } from '../../core/http/problem-details';
import { Icon } from '../../shared/icon/icon';
import { xmlText } from '../blank-diagram';
import { ProcedurePermissions } from '../procedure-permissions';
import { provideProceduresScope } from '../scope';

type DmnModeler = import('dmn-js/lib/Modeler').default;

interface DmnView {
  id: string;
  name: string;
  type: 'drd' | 'decisionTable' | 'literalExpression' | string;
}

/** One DMN file and its versions, newest first. */
interface DecisionFile {
  key: string;
  name: string;
  versions: DecisionModelDto[];
}

/** dmn-js's own words in Vietnamese (it has none); other languages keep its English. */
const DMN_JS_VI: { [text: string]: string } = {
  When: 'Khi',
  And: 'Và',
  Then: 'Thì',
  Annotations: 'Ghi chú',
  'Hit policy:': 'Chính sách khớp:',
  'View DRD': 'Xem sơ đồ quyết định',
  'Add Rule': 'Thêm quy tắc',
  'Add Input': 'Thêm đầu vào',
  'Add Output': 'Thêm đầu ra',
  Unique: 'Duy nhất (UNIQUE)',
  First: 'Đầu tiên (FIRST)',
  Priority: 'Ưu tiên (PRIORITY)',
  Any: 'Bất kỳ (ANY)',
  Collect: 'Tập hợp (COLLECT)',
  'Rule order': 'Theo thứ tự quy tắc (RULE ORDER)',
  'Output order': 'Theo thứ tự đầu ra (OUTPUT ORDER)',
};

function translateModule(language: string) {
  const translate = (template: string, replacements?: { [key: string]: string }) => {
    const text = language === 'vi' ? (DMN_JS_VI[template] ?? template) : template;
    return text.replace(/{([^}]+)}/g, (_, key: string) => replacements?.[key] ?? `{${key}}`);
  };
  return { translate: ['value', translate] };
}

/**
 * dmn-js writes a typed cell into the model 300 ms after the last key; "Save" or "Run" pressed sooner would take the
 * text before it. Without the delay, every key is in the model at once.
 */
const IMMEDIATE_INPUT = { debounceInput: ['value', <T>(fn: T) => fn] };

/** The dmn-js styles, copied as assets (angular.json): loaded once, when the editor first opens. */
function loadDmnStyles(): void {
  if (document.querySelector('link[data-dmn-js]')) return;
  for (const file of ['dmn-js-shared', 'dmn-js-drd', 'dmn-js-decision-table', 'dmn-js-decision-table-controls', 'dmn-js-literal-expression', 'dmn-embedded']) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = `dmn-js/${file}.css`;
    link.dataset['dmnJs'] = '';
    document.head.appendChild(link);
  }
}

/** A starting point for the test: every input expression that is a plain variable, with a value of its type. */
function sampleVariables(xml: string): string {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const sample: { [name: string]: unknown } = {};
  for (const input of Array.from(doc.getElementsByTagNameNS('*', 'inputExpression'))) {
    const name = input.getElementsByTagNameNS('*', 'text')[0]?.textContent?.trim() ?? '';
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) continue;
    const type = input.getAttribute('typeRef') ?? 'string';
    sample[name] = type === 'boolean' ? false : ['number', 'integer', 'long', 'double'].includes(type) ? 0 : '';
  }
  return JSON.stringify(sample, null, 2);
}

/** Output name → its label in the file, so that results read as the table's headings. */
function outputLabels(xml: string): { [name: string]: string } {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const labels: { [name: string]: string } = {};
  for (const output of Array.from(doc.getElementsByTagNameNS('*', 'output'))) {
    const name = output.getAttribute('name');
    if (name) labels[name] = output.getAttribute('label') || name;
  }
  return labels;
}

/**
 * The decision tables (DMN) the procedures evaluate: open a version in dmn-js, edit its requirement graph, tables and
 * literal expressions, try it with test variables (unsaved), save it as a draft and publish it.
 */
@Component({
  selector: 'app-decisions-page',
  imports: [RouterLink, TranslocoPipe, Icon],
  providers: [provideProceduresScope()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './decisions-page.html',
  styleUrl: './decisions-page.scss',
})
export class DecisionsPage implements OnInit, OnDestroy {
  private readonly api = inject(Api);
  private readonly transloco = inject(TranslocoService);
  protected readonly can = inject(ProcedurePermissions);

  private readonly canvas = viewChild.required<ElementRef<HTMLDivElement>>('canvas');
  private modeler: DmnModeler | null = null;

  protected readonly models = signal<DecisionModelDto[]>([]);
  protected readonly files = computed<DecisionFile[]>(() => {
    const byKey = new Map<string, DecisionModelDto[]>();
    for (const m of this.models()) byKey.set(m.key, [...(byKey.get(m.key) ?? []), m]);
    return [...byKey.entries()]
      .map(([key, versions]) => {
        const sorted = versions.sort((a, b) => b.version - a.version);
        return { key, name: sorted.find((v) => v.name)?.name ?? key, versions: sorted };
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  });
  protected readonly open = signal<DecisionModelDto | null>(null);
  protected readonly views = signal<DmnView[]>([]);
  protected readonly activeView = signal<string | null>(null);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly draft = signal<DecisionModelDto | null>(null);
  protected readonly testDecision = signal('');
  protected readonly testVariables = signal('{}');
  protected readonly testResult = signal<DecisionEvaluationDto | null>(null);
  protected readonly labels = signal<{ [name: string]: string | undefined }>({});
  protected readonly testError = signal<string | null>(null);
  protected readonly decisionViews = computed(() => this.views().filter((v) => v.type !== 'drd'));

  async ngOnInit(): Promise<void> {
    await this.reload();
    const first = this.files()[0];
    const published = first?.versions.find((v) => v.status === 'Published') ?? first?.versions[0];
    if (published) await this.openVersion(published);
    else this.loading.set(false);
  }

  ngOnDestroy(): void {
    this.headings?.disconnect();
    this.modeler?.destroy();
  }

  private async reload(): Promise<void> {
    try {
      this.models.set(await this.api.invoke(listDecisionModels, {}));
    } catch (e) {
      this.error.set(problemOf(e)?.detail ?? this.transloco.translate('procedures.decisions.loadFailed'));
    }
  }

  /** "key@version" from the file list. */
  protected async openValue(value: string): Promise<void> {
    const model = this.models().find((m) => `${m.key}@${m.version}` === value);
    if (model) await this.openVersion(model);
  }

  private headings: MutationObserver | null = null;

  private labelIndexColumn(): void {
    for (const th of Array.from(this.canvas().nativeElement.querySelectorAll<HTMLElement>('th.index-column:not([data-labelled])'))) {
      th.dataset['labelled'] = '';
      const label = document.createElement('span');
      label.className = 'visually-hidden';
      label.textContent = this.transloco.translate('procedures.decisions.ruleNumber');
      th.appendChild(label);
    }
  }

  private opening = 0;
  private imports: Promise<unknown> = Promise.resolve();

  /** Opens a version; when another is chosen meanwhile, only the last one chosen is imported and shown. */
  protected async openVersion(model: DecisionModelDto): Promise<void> {
    const token = ++this.opening;
    this.loading.set(true);
    this.error.set(null);
    this.notice.set(null);
    this.draft.set(null);
    this.testResult.set(null);
    this.testError.set(null);
    try {
      const xml = await xmlText(await this.api.invoke(getDecisionModelXml, { key: model.key, version: model.version }));
      const modeler = await this.ensureModeler();
      // dmn-js imports one file at a time.
      const imported = this.imports.then(async () => {
        if (token !== this.opening) return false;
        await modeler.importXML(xml);
        return true;
      });
      this.imports = imported.catch(() => undefined);
      if (!(await imported) || token !== this.opening) return;
      this.open.set(model);
      this.refreshViews();
      this.testDecision.set(model.decisionKeys[0] ?? '');
      this.testVariables.set(sampleVariables(xml));
    } catch (e) {
      if (token === this.opening) {
        this.error.set(`${this.transloco.translate('procedures.decisions.loadFailed')} ${problemOf(e)?.detail ?? (e instanceof Error ? e.message : '')}`);
      }
    } finally {
      if (token === this.opening) this.loading.set(false);
    }
  }

  private async ensureModeler(): Promise<DmnModeler> {
    if (this.modeler) return this.modeler;
    loadDmnStyles();
    const { default: Modeler } = await import('dmn-js/lib/Modeler');
    // dmn-js takes extra modules per view (a "common" list would be replaced by each view's own).
    const own = { additionalModules: [translateModule(this.transloco.getActiveLang()), IMMEDIATE_INPUT] };
    const modeler = new Modeler({
      container: this.canvas().nativeElement,
      drd: own,
      decisionTable: own,
      literalExpression: own,
      boxedExpression: own,
    });
    modeler.on('views.changed', () => this.refreshViews());
    // dmn-js leaves the rule-number column without a heading; a screen reader gets one.
    this.headings?.disconnect();
    this.headings = new MutationObserver(() => this.labelIndexColumn());
    this.headings.observe(this.canvas().nativeElement, { childList: true, subtree: true });
    this.modeler = modeler;
    return modeler;
  }

  private refreshViews(): void {
    if (!this.modeler) return;
    const views = this.modeler.getViews().map((v) => ({ id: v.id, name: v.name || v.id, type: v.type }));
    // dmn-js reports view changes often (on every edit); the tabs are redrawn only when they differ.
    if (JSON.stringify(views) !== JSON.stringify(this.views())) this.views.set(views);
    this.activeView.set(this.modeler.getActiveView()?.id ?? null);
  }

  protected async showView(id: string): Promise<void> {
    const view = this.modeler?.getViews().find((v) => v.id === id);
    if (view && this.modeler) {
      await this.modeler.open(view);
      this.activeView.set(id);
    }
  }

  private async currentXml(): Promise<string> {
    const { xml } = await this.modeler!.saveXML({ format: true });
    return xml!;
  }

  protected async saveDraft(): Promise<void> {
    if (!this.modeler || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    try {
      const created = await this.api.invoke(uploadDecisionModel$Xml, { body: await this.currentXml() });
      this.draft.set(created);
      this.notice.set(this.transloco.translate('procedures.decisions.saved', { name: created.name ?? created.key, version: created.version }));
      await this.reload();
    } catch (e) {
      const problem = problemOf(e);
      this.error.set(problem?.detail ?? problem?.title ?? this.transloco.translate('common.saveFailed'));
    } finally {
      this.busy.set(false);
    }
  }

  protected async publish(): Promise<void> {
    const draft = this.draft();
    if (!draft || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const published = await this.api.invoke(publishDecisionModel, { key: draft.key });
      this.draft.set(null);
      this.open.set(published);
      this.notice.set(this.transloco.translate('procedures.decisions.published', { name: published.name ?? published.key, version: published.version }));
      await this.reload();
    } catch (e) {
      this.error.set(problemOf(e)?.detail ?? this.transloco.translate('common.saveFailed'));
    } finally {
      this.busy.set(false);
    }
  }

  /** Evaluates the chosen decision of the XML in the editor (unsaved), with the test variables. */
  protected async test(): Promise<void> {
    if (!this.modeler || this.busy()) return;
    this.testError.set(null);
    this.testResult.set(null);
    let variables: { [key: string]: unknown };
    try {
      variables = JSON.parse(this.testVariables() || '{}');
      if (variables === null || typeof variables !== 'object' || Array.isArray(variables)) throw new Error();
    } catch {
      this.testError.set(this.transloco.translate('procedures.decisions.badVariables'));
      return;
    }
    this.busy.set(true);
    try {
      const xml = await this.currentXml();
      this.labels.set(outputLabels(xml));
      this.testResult.set(await this.api.invoke(evaluateDecision, { key: this.testDecision(), body: { variables: variables as never, xml } }));
    } catch (e) {
      const problem = problemOf(e);
      this.testError.set(problem?.detail ?? problem?.title ?? this.transloco.translate('procedures.decisions.testFailed'));
    } finally {
      this.busy.set(false);
    }
  }

  protected rows(result: DecisionEvaluationDto): { [key: string]: unknown }[] {
    return (result.result as unknown as { [key: string]: unknown }[]) ?? [];
  }

  protected columns(result: DecisionEvaluationDto): string[] {
    return [...new Set(this.rows(result).flatMap((r) => Object.keys(r)))];
  }

  /** Per decision evaluated: its name and the rules that matched (number and description, as the table shows them). */
  protected trace(result: DecisionEvaluationDto): { decision: string; rules: string[] }[] {
    type Rule = { index?: number; description?: string | null };
    const evaluated = (result.evaluated as unknown as { decisionId?: string; decisionName?: string; matchedRules?: Rule[] }[]) ?? [];
    return evaluated.map((e) => ({
      decision: e.decisionName || e.decisionId || '',
      rules: (e.matchedRules ?? []).map((r) => `#${r.index ?? '?'}${r.description ? ` — ${r.description}` : ''}`),
    }));
  }

  protected text(value: unknown): string {
    return value === null || value === undefined ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}
