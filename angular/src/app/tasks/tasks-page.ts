import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { Api } from '../api/api';
import { claimTask, listTasks } from '../api/functions';
import { InboxItemDto, TaskCountsDto } from '../api/models';
import { AuthService } from '../core/auth/auth.service';
import { Permissions } from '../core/auth/permission-names';
import { problemOf } from '../core/http/problem-details';
import { provideProceduresScope } from '../procedures/scope';
import { EmptyState } from '../shared/empty-state/empty-state';
import { DayPipe } from '../shared/format/money';
import { Icon } from '../shared/icon/icon';
import { InboxCount } from './inbox-count';
import { daysLeftTone } from '../shared/days-left';
import { followUpDay, InboxTab, inboxTabs, pageCount, priorityLevel } from './inbox';
import { Pager } from '../shared/pager/pager';

const PAGE_SIZE = 20;

/**
 * Công việc: one tab per scope of `GET /api/v1/tasks` (mine, my groups', overdue, and all for administrators). The
 * server filters, orders (overdue first, then by deadline and priority), pages and counts every tab; this page shows one
 * page, with the task's follow-up date and a badge when its priority is above or below Camunda's default.
 */
@Component({
  selector: 'app-tasks-page',
  imports: [RouterLink, TranslocoPipe, EmptyState, DayPipe, Icon, Pager],
  providers: [provideProceduresScope()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tasks-page.html',
  styleUrl: './tasks-page.scss',
})
export class TasksPage {
  private readonly api = inject(Api);
  private readonly auth = inject(AuthService);
  private readonly transloco = inject(TranslocoService);
  private readonly inboxCount = inject(InboxCount);

  protected readonly tabs = computed<InboxTab[]>(() => (this.auth.user(), inboxTabs(this.auth.can(Permissions.Administration))));
  protected readonly tab = signal<InboxTab>('mine');
  protected readonly page = signal(1);
  protected readonly rows = signal<InboxItemDto[]>([]);
  protected readonly total = signal(0);
  protected readonly counts = signal<TaskCountsDto | null>(null);
  protected readonly pages = computed(() => pageCount(this.total(), PAGE_SIZE));
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly claiming = signal<string | null>(null);
  protected readonly tone = daysLeftTone;
  protected readonly priorityLevel = priorityLevel;
  protected readonly followUpDay = followUpDay;
  private request = 0;

  async ngOnInit(): Promise<void> {
    // The task page sends its success message along when it returns here.
    const toast = (history.state as { toast?: string } | null)?.toast;
    if (toast) this.notice.set(toast);
    await this.load();
    // Start where the work is: the user's own tasks if any, else the groups'.
    const counts = this.counts();
    if (counts && counts.mine === 0 && counts.groups > 0) await this.selectTab('groups');
  }

  protected count(tab: InboxTab): number | null {
    return this.counts()?.[tab] ?? null;
  }

  protected async load(): Promise<void> {
    const mine = ++this.request;
    this.loading.set(true);
    this.error.set(null);
    try {
      const result = await this.api.invoke(listTasks, { scope: this.tab(), page: this.page(), pageSize: PAGE_SIZE });
      if (mine !== this.request) return; // a later tab or page won
      if (result.items.length === 0 && this.page() > 1 && result.totalCount > 0) {
        // The page emptied under us (tasks completed elsewhere): show the last one.
        this.page.set(pageCount(result.totalCount, PAGE_SIZE));
        return this.load();
      }
      this.rows.set(result.items);
      this.total.set(result.totalCount);
      this.counts.set(result.counts);
      this.inboxCount.set(result.counts.mine + result.counts.groups);
    } catch (e) {
      if (mine === this.request) this.error.set(problemOf(e)?.detail ?? this.transloco.translate('common.loadFailed'));
    } finally {
      if (mine === this.request) this.loading.set(false);
    }
  }

  protected async selectTab(tab: InboxTab): Promise<void> {
    this.tab.set(tab);
    this.page.set(1);
    await this.load();
  }

  protected async goTo(page: number): Promise<void> {
    this.page.set(Math.min(Math.max(1, page), this.pages()));
    await this.load();
  }

  protected async claim(row: InboxItemDto): Promise<void> {
    this.claiming.set(row.taskId);
    this.error.set(null);
    try {
      await this.api.invoke(claimTask, { id: row.taskId });
      this.notice.set(this.transloco.translate('procedures.inbox.claimed'));
      await this.load();
    } catch (e) {
      this.error.set(problemOf(e)?.detail ?? this.transloco.translate('common.saveFailed'));
    } finally {
      this.claiming.set(null);
    }
  }

  /**
   * Claim is offered on unclaimed tasks. Everyone else's list holds only what they may act on; an administrator's
   * "overdue" and "all" tabs hold every task, so there only the tasks offered to one of their roles can be claimed.
   */
  protected canClaim(row: InboxItemDto): boolean {
    if (row.assignee) return false;
    const user = this.auth.user();
    if (!this.auth.can(Permissions.Administration)) return true;
    return (row.candidateGroups ?? []).some((g) => user?.roles.includes(g) ?? false);
  }

  protected daysText(row: InboxItemDto): string {
    const days = row.workingDaysLeft;
    if (days === null || days === undefined) return row.dueAt ? '' : this.transloco.translate('procedures.inbox.noDeadline');
    if (days < 0 || row.overdue) return this.transloco.translate('procedures.inbox.overdueBy', { days: Math.abs(days) });
    if (days === 0) return this.transloco.translate('procedures.inbox.dueToday');
    return this.transloco.translate('procedures.inbox.daysLeft', { days });
  }
}
