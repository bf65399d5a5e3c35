import { ChangeDetectionStrategy, Component, ElementRef, OnDestroy, effect, inject, input, signal, viewChild } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { localizedValidation } from './form-js-messages';
import { loadFormJsStyles } from './form-js-styles';

/** The parts of form-js's Form this component uses. */
interface FormJsForm {
  importSchema(schema: unknown, data?: unknown): Promise<unknown>;
  submit(): { data: Record<string, unknown>; errors: Record<string, string[]> };
  destroy(): void;
  get(name: 'formFieldRegistry'): { getAll(): { id: string; key?: string }[] };
  _setState(state: { errors: Record<string, string[]> }): void;
}

/**
 * A Camunda Form (form-js schema) rendered with @bpmn-io/form-js: the labels come from the form file, form-js's own messages in the
 * user's language. `values()` checks the
 * fields in the browser (messages on the fields) and gives the values; the server's field errors (400, keyed by field key)
 * are shown on the same fields. form-js is loaded on first use: until the form is drawn the component says so, and a
 * `values()` asked meanwhile (an outcome clicked as the page opens) waits for it rather than refusing an unseen form.
 */
@Component({
  selector: 'app-camunda-form',
  template: `@if (failed()) {
      <p class="field-error" data-testid="camunda-form-failed">{{ failed() }}</p>
    } @else if (!ready()) {
      <p class="muted loading" data-testid="camunda-form-loading"><span class="spinner"></span>{{ 'common.loading' | transloco }}</p>
    }
    <div #host class="camunda-form" data-testid="camunda-form"></div>`,
  imports: [TranslocoPipe],
  styleUrl: './camunda-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CamundaForm implements OnDestroy {
  readonly schema = input.required<Record<string, unknown>>();
  readonly data = input<Record<string, unknown> | null | undefined>(null);
  /** The server's messages by field key (ProblemDetails `errors`). */
  readonly serverErrors = input<Record<string, string[]> | null | undefined>(null);

  private readonly transloco = inject(TranslocoService);
  protected readonly failed = signal<string | null>(null);
  /** True once form-js has drawn the current schema. */
  readonly ready = signal(false);
  private readonly host = viewChild.required<ElementRef<HTMLElement>>('host');
  private form: FormJsForm | null = null;
  /** The latest drawing of the form; `values()` waits for it. */
  private rendering: Promise<void> = Promise.resolve();

  constructor() {
    effect(() => {
      const schema = this.schema();
      const data = this.data() ?? {};
      this.rendering = this.render(schema, data);
    });
    effect(() => this.showServerErrors(this.serverErrors() ?? {}));
  }

  ngOnDestroy(): void {
    this.form?.destroy();
  }

  /**
   * The values when every field passes the form's rules; null (the messages shown on the fields, or the form failed to load)
   * otherwise. Waits for the form being drawn, and for a newer one started meanwhile.
   */
  async values(): Promise<Record<string, unknown> | null> {
    let drawing: Promise<void>;
    do {
      drawing = this.rendering;
      await drawing;
    } while (drawing !== this.rendering);
    if (!this.form || this.failed()) return null;
    const { data, errors } = this.form.submit();
    return Object.keys(errors).length ? null : data;
  }

  private async render(schema: Record<string, unknown>, data: Record<string, unknown>): Promise<void> {
    this.ready.set(false);
    loadFormJsStyles();
    try {
      const { Form } = await import('@bpmn-io/form-js');
      this.form?.destroy();
      // form-js's own validation messages are English only: they pass through the app's texts (forms.validation.*).
      const translate = (key: string, params: Record<string, string>) => this.transloco.translate(key, params);
      const form = new Form({ container: this.host().nativeElement, additionalModules: [localizedValidation(translate)] }) as unknown as FormJsForm;
      this.form = form;
      await form.importSchema(schema, data);
      this.failed.set(null);
      if (this.form === form) this.ready.set(true);
    } catch (e) {
      this.failed.set(e instanceof Error ? e.message : String(e));
    }
  }

  private showServerErrors(byKey: Record<string, string[]>): void {
    const form = this.form;
    if (!form || !Object.keys(byKey).length) return;
    const errors: Record<string, string[]> = {};
    for (const field of form.get('formFieldRegistry').getAll()) {
      const messages = field.key ? (byKey[field.key] ?? byKey[field.key.charAt(0).toUpperCase() + field.key.slice(1)]) : undefined;
      if (messages?.length) errors[field.id] = messages;
    }
    form._setState({ errors });
  }
}

/**
 * What a start sends from its start form: the form's values, `{}` when the procedure has no start form, null when the form does
 * not pass (its messages are then on its fields and the caller says to fix the form).
 */
export async function startFormValues(hasForm: boolean, view: CamundaForm | undefined): Promise<Record<string, unknown> | null> {
  if (!hasForm) return {};
  return (await view?.values()) ?? null;
}

/** The server's field messages shown on a form's fields: a start's `variables.<key>` is the form's `<key>`. */
export function formFieldErrors(errors: Record<string, string[]> | null | undefined): Record<string, string[]> | null {
  if (!errors) return null;
  return Object.fromEntries(Object.entries(errors).map(([key, messages]) => [key.replace(/^variables\./i, ''), messages]));
}
