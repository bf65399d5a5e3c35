import { ChangeDetectionStrategy, Component, OnInit, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { Api } from '../api/api';
import { delegateTask, listUsers, resolveTask, setTaskAssignee } from '../api/functions';
import { UserAdminDto, WorkflowTaskDto } from '../api/models';
import { ifMatch } from '../core/http/if-match';
import { problemOf } from '../core/http/problem-details';

/**
 * Administrators on the task page: set or change the assignee, unclaim, delegate (Camunda: the delegate works on it,
 * PENDING) and resolve it back to its owner. People are picked by name; each change names the task's eTag.
 */
@Component({
  selector: 'app-task-assignment',
  imports: [TranslocoPipe, FormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="panel assignment" data-testid="task-assignment">
      <h2>{{ 'tasks.assignment.title' | transloco }}</h2>
      <p class="muted">
        {{ 'tasks.assignment.current' | transloco }}: <strong>{{ nameOf(task().assignee) ?? ('tasks.assignment.nobody' | transloco) }}</strong>
        @if (task().delegationState === 'PENDING') {
          · {{ 'tasks.assignment.delegatedBy' | transloco: { name: nameOf(task().owner) ?? '' } }}
        }
      </p>
      <div class="row">
        <select [ngModel]="userId()" (ngModelChange)="userId.set($event)" data-testid="assignment-user" [attr.aria-label]="'tasks.assignment.person' | transloco">
          <option value="">{{ 'tasks.assignment.person' | transloco }}…</option>
          @for (u of users(); track u.id) { <option [value]="u.id">{{ u.displayName }}</option> }
        </select>
        <button type="button" class="btn small primary" [disabled]="busy() || !userId()" (click)="assign()" data-testid="assignment-assign">{{ 'tasks.assignment.assign' | transloco }}</button>
        <button type="button" class="btn small" [disabled]="busy() || !userId() || !task().assignee" (click)="delegate()" data-testid="assignment-delegate">{{ 'tasks.assignment.delegate' | transloco }}</button>
        @if (task().assignee) {
          <button type="button" class="btn small" [disabled]="busy()" (click)="unclaim()" data-testid="assignment-unclaim">{{ 'tasks.assignment.unclaim' | transloco }}</button>
        }
        @if (task().delegationState === 'PENDING') {
          <button type="button" class="btn small" [disabled]="busy()" (click)="resolve()" data-testid="assignment-resolve">{{ 'tasks.assignment.resolve' | transloco }}</button>
        }
        @if (busy()) { <span class="spinner" role="status" [attr.aria-label]="'common.loading' | transloco"></span> }
      </div>
      @if (error(); as e) { <div class="alert" role="alert" data-testid="assignment-error"><span>{{ e }}</span></div> }
    </section>
  `,
  styles: `
    .assignment { padding: 14px 16px; margin-bottom: 16px; }
    .assignment h2 { margin: 0 0 6px; font-size: 16px; }
    .row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
    .row select { min-width: 200px; max-width: 100%; }
  `,
})
export class TaskAssignment implements OnInit {
  private readonly api = inject(Api);
  private readonly transloco = inject(TranslocoService);
  readonly task = input.required<WorkflowTaskDto>();
  readonly changed = output<void>();
  protected readonly users = signal<UserAdminDto[]>([]);
  protected readonly userId = signal('');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  ngOnInit(): void {
    void this.api.invoke(listUsers, { page: 1, pageSize: 200 }).then((p) => this.users.set(p.items.filter((u) => !u.disabled)), () => undefined);
  }

  /** A user's name for a task's user id (a sign-in name); the id itself when it is no user of ours (a model's id). */
  protected nameOf(id: string | null | undefined): string | null {
    if (!id) return null;
    return this.users().find((u) => u.email.toLowerCase() === id.toLowerCase())?.displayName ?? id;
  }

  protected assign(): Promise<void> {
    return this.run(() => this.api.invoke(setTaskAssignee, { id: this.task().id, body: { userId: this.userId() } }, ifMatch(this.task().eTag)));
  }

  protected unclaim(): Promise<void> {
    return this.run(() => this.api.invoke(setTaskAssignee, { id: this.task().id, body: { userId: null } }, ifMatch(this.task().eTag)));
  }

  protected delegate(): Promise<void> {
    return this.run(() => this.api.invoke(delegateTask, { id: this.task().id, body: { userId: this.userId() } }, ifMatch(this.task().eTag)));
  }

  protected resolve(): Promise<void> {
    return this.run(() => this.api.invoke(resolveTask, { id: this.task().id }, ifMatch(this.task().eTag)));
  }

  private async run(action: () => Promise<unknown>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await action();
      this.userId.set('');
      this.changed.emit();
    } catch (e) {
      const problem = problemOf(e);
      const errors = (problem as { errors?: Record<string, string[]> } | null)?.errors;
      this.error.set(
        problem?.status === 412 ? this.transloco.translate('tasks.assignment.stale') : (Object.values(errors ?? {})[0]?.[0] ?? problem?.detail ?? this.transloco.translate('common.saveFailed')),
      );
    } finally {
      this.busy.set(false);
    }
  }
}
