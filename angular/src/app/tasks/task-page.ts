import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { Api } from '../api/api';
import { claimTask, completeTask, getTask } from '../api/functions';
import { TaskDetailDto } from '../api/models';
import { AuthService } from '../core/auth/auth.service';
import { problemOf } from '../core/http/problem-details';
import { DossierSummary } from '../procedures/dossier/dossier-summary';
import { DossierDocuments } from '../procedures/dossier/dossier-documents';
import { provideProceduresScope } from '../procedures/scope';
import { DateTimePipe } from '../shared/format/money';
import { Icon } from '../shared/icon/icon';
import { InboxCount } from './inbox-count';
import { daysLeftTone } from './inbox';
import { SubmissionKeys, commentMissing, outcomeButtons } from './outcomes';
import { People } from '../shared/people/people';

/** One task: its dossier, documents, the earlier steps' comments and the outcome buttons the model defines. */
@Component({
  selector: 'app-task-page',
  imports: [RouterLink, TranslocoPipe, DateTimePipe, Icon, DossierSummary, DossierDocuments],
  providers: [provideProceduresScope()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './task-page.html',
  styleUrl: './task-page.scss',
})
export class TaskPage {
  protected readonly people = inject(People);
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

  protected readonly task = computed(() => this.detail()?.task ?? null);
  protected readonly isOpen = computed(() => this.task()?.status === 'Open');
  protected readonly buttons = computed(() => outcomeButtons(this.task()?.outcomes));
  protected readonly canUpload = computed(() => (this.auth.user(), this.auth.hasRole('officer') || this.auth.hasRole('admin')));
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
    const key = this.keys.keyFor(task.id, outcome, this.comment());
    try {
      await this.api.invoke(completeTask, {
        id: task.id,
        'Idempotency-Key': key,
        body: { outcome, comment: this.comment().trim() || null },
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
        this.submitError.set(flatten(problem) ?? this.transloco.translate('common.saveFailed'));
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

function flatten(problem: { detail?: string | null; title?: string | null; errors?: Record<string, string[]> | null }): string | null {
  const messages = Object.values(problem.errors ?? {}).flat();
  return messages.length ? messages.join(' ') : (problem.detail ?? problem.title ?? null);
}
