import { ChangeDetectionStrategy, Component, computed, inject, input, signal, viewChild } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { Api } from '../api/api';
import { claimTask, completeTask, getTask } from '../api/functions';
import { TaskDetailDto } from '../api/models';
import { AuthService } from '../core/auth/auth.service';
import { Permissions } from '../core/auth/permission-names';
import { problemOf, problemText } from '../core/http/problem-details';
import { DossierSummary } from '../procedures/dossier/dossier-summary';
import { DossierDocuments } from '../procedures/dossier/dossier-documents';
import { provideProceduresScope } from '../procedures/scope';
import { DateTimePipe } from '../shared/format/money';
import { Icon } from '../shared/icon/icon';
import { InboxCount } from './inbox-count';
import { daysLeftTone } from '../shared/days-left';
import { SubmissionKeys, commentMissing, outcomeButtons } from './outcomes';
import { People } from '../shared/people/people';
import { DateInput } from '../shared/date-input/date-input';
import { DossierConsts } from '../shared/limits';
import { CamundaForm } from '../shared/camunda-form/camunda-form';
import { TaskAssignment } from './task-assignment';

/** One task: its dossier, documents, the earlier steps' comments and the outcome buttons the model defines. */
@Component({
  selector: 'app-task-page',
  imports: [RouterLink, TranslocoPipe, DateTimePipe, Icon, DossierSummary, DossierDocuments, DateInput, CamundaForm, TaskAssignment],
  providers: [provideProceduresScope()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './task-page.html',
  styleUrl: './task-page.scss',
})
export class TaskPage {
  protected readonly people = inject(People);
  protected readonly limits = DossierConsts;
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);
  private readonly transloco = inject(TranslocoService);
  private readonly inboxCount = inject(InboxCount);
  private readonly keys = new SubmissionKeys();

  readonly id = input.required<string>();

  protected readonly detail = signal<TaskDetailDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly comment = signal('');
  protected readonly chosen = signal<string | null>(null);
  protected readonly submitting = signal(false);
  protected readonly submitError = signal<string | null>(null);
  protected readonly commentError = signal(false);
  protected readonly conflict = signal(false);

  /** Who signs at a sign / decide step (Decree 30/2020: in one's own name, KT. or TL.), sent as the `signature` variable. */
  protected readonly signMode = signal<'direct' | 'KT' | 'TL'>('direct');
  protected readonly signerName = signal('');
  protected readonly signerTitle = signal('');
  protected readonly onBehalfOfName = signal('');
  protected readonly onBehalfOfTitle = signal('');
  /** The decision document's number and date, at the steps that record a decision. */
  protected readonly decisionNumber = signal('');
  protected readonly decisionDate = signal<string | null>(null);

  /** The step's Camunda Form (rendered with form-js) and the server's messages on its fields. */
  protected readonly form = computed(() => this.detail()?.form ?? null);
  protected readonly formErrors = signal<Record<string, string[]> | null>(null);
  private readonly formView = viewChild(CamundaForm);

  protected readonly task = computed(() => this.detail()?.task ?? null);
  protected readonly signs = computed(() => SIGNING_FORMS.has(this.task()?.formKey ?? ''));
  /** The decision's number and date: in the step's form when it has one, else in the page's own block. */
  protected readonly decides = computed(() => DECISION_FORMS.has(this.task()?.formKey ?? '') && !this.form());
  protected readonly isOpen = computed(() => this.task()?.status === 'Open');
  protected readonly buttons = computed(() => outcomeButtons(this.task()?.outcomes));
  protected readonly isAdmin = computed(() => (this.auth.user(), this.auth.can(Permissions.Administration)));
  protected readonly canUpload = computed(() => (this.auth.user(), this.auth.can(Permissions.DossiersCreate)));
  protected readonly tone = computed(() => {
    const t = this.task();
    return t ? daysLeftTone({ overdue: t.overdue, workingDaysLeft: this.detail()?.workingDaysLeft, dueAt: t.dueAt }) : 'none';
  });

  ngOnInit(): void {
    void this.load();
  }

  /** The step's name from the dossier's tasks; the element id when the dossier is not visible. */
  protected stepName(elementId: string): string {
    return this.detail()?.dossier?.tasks.find((t) => t.elementId === elementId)?.name ?? elementId;
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      this.detail.set(await this.api.invoke(getTask, { id: this.id() }));
      this.conflict.set(false);
      // The signatory is the signed-in user unless they sign for someone else: their name is the default.
      if (!this.signerName()) this.signerName.set(this.auth.user()?.displayName ?? '');
    } catch (e) {
      const problem = problemOf(e);
      this.loadError.set(
        problem?.status === 404 ? this.transloco.translate('procedures.task.notFound') : (problem?.detail ?? this.transloco.translate('common.loadFailed')),
      );
    } finally {
      this.loading.set(false);
    }
  }

  protected async claim(): Promise<void> {
    try {
      await this.api.invoke(claimTask, { id: this.id() });
      await this.load();
    } catch (e) {
      this.submitError.set(problemOf(e)?.detail ?? this.transloco.translate('common.saveFailed'));
    }
  }

  /** The signature with a sign / approve outcome, the decision's number and date with approve / reject; nothing else. */
  private variablesFor(outcome: string): Record<string, unknown> | null {
    const variables: Record<string, unknown> = {};
    if (this.signs() && (outcome === 'sign' || outcome === 'approve')) {
      const text = (v: string) => v.trim() || null;
      const onBehalf = this.signMode() !== 'direct';
      variables['signature'] = {
        mode: this.signMode(),
        signerName: text(this.signerName()),
        signerTitle: text(this.signerTitle()),
        onBehalfOfName: onBehalf ? text(this.onBehalfOfName()) : null,
        onBehalfOfTitle: onBehalf ? text(this.onBehalfOfTitle()) : null,
      };
    }
    if (this.decides() && (outcome === 'approve' || outcome === 'reject')) {
      if (this.decisionNumber().trim()) variables['decisionNumber'] = this.decisionNumber().trim();
      if (this.decisionDate()) variables['decisionDate'] = this.decisionDate();
    }
    return Object.keys(variables).length ? variables : null;
  }

  protected onComment(value: string): void {
    this.comment.set(value);
    if (value.trim()) this.commentError.set(false);
  }

  /** Double-click safe: one submission at a time, and a retry of the same one reuses its Idempotency-Key. */
  protected async submit(outcome: string): Promise<void> {
    if (this.submitting()) return;
    const task = this.task();
    if (!task) return;
    this.chosen.set(outcome);
    this.submitError.set(null);
    if (commentMissing(outcome, this.comment())) {
      this.commentError.set(true);
      return;
    }
    this.commentError.set(false);
    this.submitting.set(true);
    try {
      // The form's own rules first, in the browser (the messages appear on its fields); the server checks them again.
      // A form still loading is waited for, not refused.
      let formValues: Record<string, unknown> | null = null;
      if (this.form()) {
        formValues = (await this.formView()?.values()) ?? null;
        if (!formValues) {
          this.submitError.set(this.transloco.translate('procedures.task.formInvalid'));
          return;
        }
      }
      const key = this.keys.keyFor(task.id, outcome, this.comment());
      await this.api.invoke(completeTask, {
        id: task.id,
        'Idempotency-Key': key,
        body: { outcome, comment: this.comment().trim() || null, variables: withFormValues(this.variablesFor(outcome), formValues) },
      });
      this.keys.reset();
      void this.inboxCount.refresh();
      const toast = this.transloco.translate('procedures.task.done', {
        step: task.name ?? task.elementId,
        outcome: this.transloco.translate('procedures.outcome.' + outcome),
      });
      await this.router.navigate(['/tasks'], { state: { toast } });
    } catch (e) {
      const problem = problemOf(e);
      if (problem?.status === 400 || problem?.status === 422) {
        // The server's word on what to fix; the fix makes a new submission.
        this.keys.reset();
        if (problem.errors && Object.keys(problem.errors).some((k) => k.toLowerCase() === 'comment')) this.commentError.set(true);
        this.formErrors.set(problem.errors ?? null);
        this.submitError.set(problemText(problem) ?? this.transloco.translate('common.saveFailed'));
      } else if (problem?.status === 409) {
        this.keys.reset();
        this.conflict.set(true);
      } else {
        // Network error or 5xx: clicking again retries this same submission with the same key.
        this.submitError.set(problem?.detail ?? this.transloco.translate('common.saveFailed'));
      }
    } finally {
      this.submitting.set(false);
    }
  }
}

function withFormValues(variables: Record<string, unknown> | null, form: Record<string, unknown> | null): Record<string, unknown> | null {
  return form ? { ...form, ...(variables ?? {}) } : variables;
}

/** Form keys of the approval chain's signing steps (the director's submission, the decision). */
const SIGNING_FORMS = new Set(['sign', 'decide']);

/** Form keys of the steps that record a decision document (the leader's, or the Prime Minister's recorded by the officer). */
const DECISION_FORMS = new Set(['decide', 'pmDecision']);
