import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { Api } from '../api/api';
import { getWorkflowDefinitionBindable, setWorkflowDefinitionBindings } from '../api/functions';
import { WorkflowBindableDto, WorkflowBindableElementDto } from '../api/models';
import { AuthService } from '../core/auth/auth.service';
import { Permissions } from '../core/auth/permission-names';
import { problemOf, problemText } from '../core/http/problem-details';
import { Icon } from '../shared/icon/icon';

const TOPIC = 'topic:';
/** What a model names when an element runs Java code in Camunda. */
const JAVA = ['class', 'delegateExpression', 'expression', 'connector'];

/** What the administrator chose for one element: nothing, one of our handlers, or an external-task topic. */
interface Choice {
  kind: 'none' | 'handler' | 'topic';
  handler: string;
  topic: string;
}

function choiceOf(element: WorkflowBindableElementDto): Choice {
  const binding = element.binding ?? '';
  if (binding.startsWith(TOPIC)) return { kind: 'topic', handler: '', topic: binding.slice(TOPIC.length) };
  if (binding) return { kind: 'handler', handler: binding, topic: '' };
  return { kind: 'none', handler: '', topic: '' };
}

/**
 * The elements of a procedure version that run code in Camunda (Java classes, expressions, connectors) and what each is bound
 * to here: one of our handlers or an external-task topic a worker takes. Administrators change the bindings of a draft;
 * publishing refuses an element that needs a binding and has none.
 */
@Component({
  selector: 'app-workflow-bindings',
  imports: [TranslocoPipe, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (bindable(); as b) {
      @if (shown().length) {
        <section class="panel bindings" data-testid="bindings">
          <h2>{{ 'procedures.bindings.title' | transloco }}</h2>
          <p class="muted">{{ 'procedures.bindings.hint' | transloco }}</p>
          <div class="rows">
            @for (e of shown(); track e.elementId; let i = $index) {
              <div class="row" [attr.data-testid]="'binding-' + e.elementId">
                <div class="what">
                  <strong>{{ e.name || e.elementId }}</strong>
                  @if (e.needsBinding) { <span class="badge warn" data-testid="binding-needed">{{ 'procedures.bindings.needed' | transloco }}</span> }
                  <div class="muted code">{{ 'procedures.bindings.kind.' + e.implementation | transloco }}: <code>{{ e.code }}</code></div>
                </div>
                @if (editable()) {
                  <div class="choose">
                    <label class="visually-hidden" [for]="'bind-kind-' + i">{{ 'procedures.bindings.choose' | transloco }}</label>
                    <select [id]="'bind-kind-' + i" [value]="choices()[e.elementId].kind" (change)="setKind(e.elementId, $any($event.target).value)" data-testid="binding-kind">
                      <option value="none">{{ 'procedures.bindings.none' | transloco }}</option>
                      <option value="handler">{{ 'procedures.bindings.handler' | transloco }}</option>
                      <option value="topic">{{ 'procedures.bindings.topic' | transloco }}</option>
                    </select>
                    @if (choices()[e.elementId].kind === 'handler') {
                      <select [value]="choices()[e.elementId].handler" (change)="setValue(e.elementId, 'handler', $any($event.target).value)"
                        [attr.aria-label]="'procedures.bindings.handler' | transloco" data-testid="binding-handler">
                        <option value="">—</option>
                        @for (h of b.handlers; track h) { <option [value]="h">{{ handlerName(h) }}</option> }
                      </select>
                    }
                    @if (choices()[e.elementId].kind === 'topic') {
                      <input [value]="choices()[e.elementId].topic" (input)="setValue(e.elementId, 'topic', $any($event.target).value)"
                        [attr.aria-label]="'procedures.bindings.topicName' | transloco" [placeholder]="'procedures.bindings.topicName' | transloco"
                        [class.invalid]="!!fieldErrors()['bindings.' + e.elementId]" data-testid="binding-topic" />
                    }
                    @for (m of fieldErrors()['bindings.' + e.elementId] ?? []; track $index) { <div class="field-error">{{ m }}</div> }
                  </div>
                } @else {
                  <div class="bound" data-testid="binding-value">{{ describe(e) }}</div>
                }
              </div>
            }
          </div>
          @if (error(); as message) { <div class="alert" role="alert" data-testid="bindings-error"><app-icon name="alert" /><span>{{ message }}</span></div> }
          @if (savedNotice()) { <div class="alert success" role="status" data-testid="bindings-saved"><app-icon name="check" /><span>{{ 'procedures.bindings.saved' | transloco }}</span></div> }
          @if (editable()) {
            <div class="buttons">
              <button type="button" class="btn primary" (click)="save()" [disabled]="saving()" data-testid="bindings-save">
                @if (saving()) { <span class="spinner"></span> } {{ 'procedures.bindings.save' | transloco }}
              </button>
            </div>
          }
        </section>
      }
    } @else if (error(); as message) {
      <div class="alert" role="alert" data-testid="bindings-error"><app-icon name="alert" /><span>{{ message }}</span></div>
    }
  `,
  styles: `
    .bindings { margin-top: 16px; padding: 16px 20px; }
    h2 { margin: 0 0 4px; font-size: 1.125rem; }
    .rows { display: flex; flex-direction: column; gap: 12px; margin: 12px 0; }
    .row { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 12px; align-items: start; padding: 10px 0; border-top: 1px solid var(--ia-border); }
    .code code { word-break: break-all; }
    .choose { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
    .choose select, .choose input { min-width: 12rem; }
    .badge.warn { margin-left: 8px; padding: 2px 8px; border-radius: 999px; font-size: 0.75rem; background: #fef3c7; color: #92400e; }
    .buttons { display: flex; justify-content: flex-end; }
    @media (max-width: 640px) { .row { grid-template-columns: 1fr; } }
  `,
})
export class WorkflowBindings {
  private readonly api = inject(Api);
  private readonly transloco = inject(TranslocoService);
  private readonly auth = inject(AuthService);

  readonly definitionKey = input.required<string>();
  readonly version = input.required<number>();
  /** After a save: the element ids still needing a binding (none: the draft can be published). */
  readonly changed = output<string[]>();

  protected readonly bindable = signal<WorkflowBindableDto | null>(null);
  protected readonly choices = signal<Record<string, Choice>>({});
  protected readonly error = signal<string | null>(null);
  protected readonly fieldErrors = signal<Partial<Record<string, string[]>>>({});
  protected readonly saving = signal(false);
  protected readonly savedNotice = signal(false);
  /** The elements that run Java code in Camunda, or that an administrator bound: a model's own handlers and topics need nothing. */
  protected readonly shown = computed(() =>
    (this.bindable()?.elements ?? []).filter((e) => !!e.binding || JAVA.includes(e.implementation)),
  );
  /** Only administrators bind, and only a draft's bindings change. */
  protected readonly editable = computed(() => !!this.bindable()?.isDraft && (this.auth.user(), this.auth.can(Permissions.Administration)));

  constructor() {
    effect(() => void this.load(this.definitionKey(), this.version()));
  }

  protected handlerName(name: string): string {
    const key = 'procedures.bindings.handlers.' + name;
    const text = this.transloco.translate(key);
    return text === key ? name : text;
  }

  protected describe(e: WorkflowBindableElementDto): string {
    const c = choiceOf(e);
    if (c.kind === 'topic') return this.transloco.translate('procedures.bindings.toTopic', { topic: c.topic });
    if (c.kind === 'handler') return this.handlerName(c.handler);
    return this.transloco.translate('procedures.bindings.none');
  }

  protected setKind(elementId: string, kind: Choice['kind']): void {
    this.choices.update((all) => ({ ...all, [elementId]: { ...all[elementId], kind } }));
    this.savedNotice.set(false);
  }

  protected setValue(elementId: string, field: 'handler' | 'topic', value: string): void {
    this.choices.update((all) => ({ ...all, [elementId]: { ...all[elementId], [field]: value } }));
    this.savedNotice.set(false);
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    const bindings: Record<string, string> = {};
    for (const [elementId, c] of Object.entries(this.choices())) {
      if (c.kind === 'handler') bindings[elementId] = c.handler;
      if (c.kind === 'topic') bindings[elementId] = TOPIC + c.topic.trim();
    }
    this.saving.set(true);
    this.error.set(null);
    this.fieldErrors.set({});
    try {
      await this.api.invoke(setWorkflowDefinitionBindings, { key: this.definitionKey(), version: this.version(), body: { bindings } });
      await this.load(this.definitionKey(), this.version());
      this.savedNotice.set(true);
      this.changed.emit((this.bindable()?.elements ?? []).filter((e) => e.needsBinding).map((e) => e.elementId));
    } catch (e) {
      const problem = problemOf(e);
      this.fieldErrors.set(problem?.errors ?? {});
      this.error.set((problem && problemText(problem)) || this.transloco.translate('common.saveFailed'));
    } finally {
      this.saving.set(false);
    }
  }

  private async load(key: string, version: number): Promise<void> {
    try {
      const bindable = await this.api.invoke(getWorkflowDefinitionBindable, { key, version });
      this.bindable.set(bindable);
      this.choices.set(Object.fromEntries(bindable.elements.map((e) => [e.elementId, choiceOf(e)])));
    } catch (e) {
      this.error.set(problemOf(e)?.detail ?? this.transloco.translate('common.loadFailed'));
    }
  }
}
