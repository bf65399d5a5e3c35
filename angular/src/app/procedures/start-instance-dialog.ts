import { ChangeDetectionStrategy, Component, inject, input, output, signal, viewChild } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { Api } from '../api/api';
import { getWorkflowStartForm, startWorkflowInstance } from '../api/functions';
import { ResolvedFormDto, WorkflowInstanceDto } from '../api/models';
import { problemOf, problemText } from '../core/http/problem-details';
import { CamundaForm, formFieldErrors, startFormValues } from '../shared/camunda-form/camunda-form';
import { Icon } from '../shared/icon/icon';
import { Modal } from '../shared/modal/modal';

/**
 * "Khởi chạy quy trình": starts an instance of one published version, as Camunda's Tasklist does — with the start event's Camunda
 * Form when the model has one (checked in the browser, then by the server: its field messages come back onto the same fields).
 */
@Component({
  selector: 'app-start-instance-dialog',
  imports: [TranslocoPipe, CamundaForm, Icon, Modal],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-modal [title]="'procedures.start.title' | transloco: { name: name() }" testId="start-dialog" (closed)="closed.emit()" [width]="600">
      <div class="form">
        <div class="field">
          <label for="start-business-key">{{ 'procedures.start.businessKey' | transloco }}</label>
          <input id="start-business-key" type="text" maxlength="200" [value]="businessKey()" (input)="businessKey.set($any($event.target).value)"
            data-testid="start-business-key" />
          <div class="field-hint">{{ 'procedures.start.businessKeyHint' | transloco }}</div>
        </div>
        @if (loading()) {
          <p class="muted"><span class="spinner"></span> {{ 'common.loading' | transloco }}</p>
        } @else if (form(); as f) {
          <fieldset class="form-block" data-testid="start-form">
            <legend>{{ 'procedures.start.form' | transloco }}</legend>
            <app-camunda-form [schema]="$any(f.schema)" [data]="$any(f.data)" [serverErrors]="formErrors()" />
          </fieldset>
        } @else {
          <p class="muted" data-testid="start-no-form">{{ 'procedures.start.noForm' | transloco }}</p>
        }
      </div>
      @if (error(); as message) {
        <div class="alert" role="alert" data-testid="start-error"><app-icon name="alert" /><span>{{ message }}</span></div>
      }
      <div footer>
        <button type="button" class="btn" (click)="closed.emit()">{{ 'common.cancel' | transloco }}</button>
        <button type="button" class="btn primary" (click)="start()" [disabled]="loading() || starting()" data-testid="start-submit">
          @if (starting()) { <span class="spinner"></span> }
          {{ 'procedures.start.submit' | transloco }}
        </button>
      </div>
    </app-modal>
  `,
})
export class StartInstanceDialog {
  private readonly api = inject(Api);
  private readonly transloco = inject(TranslocoService);

  readonly definitionKey = input.required<string>();
  readonly version = input.required<number>();
  readonly name = input('');
  readonly closed = output<void>();
  readonly started = output<WorkflowInstanceDto>();

  protected readonly form = signal<ResolvedFormDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly starting = signal(false);
  protected readonly businessKey = signal('');
  protected readonly error = signal<string | null>(null);
  protected readonly formErrors = signal<Record<string, string[]> | null>(null);
  private readonly formView = viewChild(CamundaForm);

  async ngOnInit(): Promise<void> {
    try {
      this.form.set((await this.api.invoke(getWorkflowStartForm, { key: this.definitionKey(), version: this.version() })) ?? null);
    } catch (e) {
      this.error.set(problemOf(e)?.detail ?? this.transloco.translate('common.loadFailed'));
    } finally {
      this.loading.set(false);
    }
  }

  protected async start(): Promise<void> {
    if (this.starting()) return;
    this.starting.set(true);
    this.error.set(null);
    this.formErrors.set(null);
    try {
      const variables = await startFormValues(!!this.form(), this.formView());
      if (!variables) {
        this.error.set(this.transloco.translate('procedures.start.fixForm'));
        return;
      }
      const instance = await this.api.invoke(startWorkflowInstance, {
        body: {
          definitionKey: this.definitionKey(),
          version: this.version(),
          businessKey: this.businessKey().trim() || null,
          variables: variables as never,
        },
      });
      this.started.emit(instance);
    } catch (e) {
      const problem = problemOf(e);
      this.formErrors.set(formFieldErrors(problem?.errors));
      this.error.set((problem && problemText(problem)) ?? this.transloco.translate('common.saveFailed'));
    } finally {
      this.starting.set(false);
    }
  }
}
