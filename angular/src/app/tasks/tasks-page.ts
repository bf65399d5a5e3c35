import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { Api } from '../api/api';
import { claimTask, getDossier, getInbox, listTasks } from '../api/functions';
import { InboxItemDto, WorkflowTaskDto } from '../api/models';
import { AuthService } from '../core/auth/auth.service';
import { problemOf } from '../core/http/problem-details';
import { provideProceduresScope } from '../procedures/scope';
import { EmptyState } from '../shared/empty-state/empty-state';
import { DayPipe } from '../shared/format/money';
import { Icon } from '../shared/icon/icon';
import { InboxCount } from './inbox-count';
import { InboxRow, InboxTab, daysLeftTone, pageOf, rowsOfTab, sortInbox } from './inbox';

const PAGE_SIZE = 20;
/** The inbox endpoint's largest page: the tabs split and page it here. */
const FETCH_SIZE = 200;

export interface InboxViewRow extends InboxRow {
  instanceId: string;
  procedureKey: string;
  stepName: string;
  dossierId?: string | null;
  projectId?: string | null;
  projectCode?: string | null;
  projectName?: string | null;
  dueDate?: string | null;
  candidateGroups: string[];
}

/** Công việc: the open tasks of the user (and their groups), overdue first. */
@Component({
  selector: 'app-tasks-page',
  imports: [RouterLink, TranslocoPipe, EmptyState, DayPipe, Icon],
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

  protected readonly tabs = computed<InboxTab[]>(() => (this.auth.user(), this.auth.hasRole('admin') ? ['mine', 'groups', 'all'] : ['mine', 'groups']));
  protected readonly tab = signal<InboxTab>('groups');
  protected readonly page = signal(1);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly claiming = signal<string | null>(null);
  private readonly inbox = signal<InboxViewRow[]>([]);
  private readonly everything = signal<InboxViewRow[] | null>(null);
  /** Receipt date and project of the dossiers on screen (the inbox rows carry no receipt date; the "all" rows no project). */
  protected readonly dossierInfo = signal<Record<string, { receivedOn: string; projectId: string; projectCode: string; projectName: string }>>({});

  protected readonly counts = computed(() => {
    const me = this.auth.user()?.email;
    return {
      mine: rowsOfTab(this.inbox(), 'mine', me).length,
      groups: rowsOfTab(this.inbox(), 'groups', me).length,
      all: this.everything()?.length ?? null,
    } as Record<InboxTab, number | null>;
  });
  protected readonly rows = computed(() => {
    const source = this.tab() === 'all' ? (this.everything() ?? []) : this.inbox();
    return sortInbox(rowsOfTab(source, this.tab(), this.auth.user()?.email));
  });
  protected readonly view = computed(() => pageOf(this.rows(), this.page(), PAGE_SIZE));
  protected readonly tone = daysLeftTone;

  async ngOnInit(): Promise<void> {
    // The task page sends its success message along when it returns here.
    const toast = (history.state as { toast?: string } | null)?.toast;
    if (toast) this.notice.set(toast);
    await this.load();
    // Start where the work is: the user's own tasks if any, else the group's.
    if (this.counts().mine) this.tab.set('mine');
    this.fetchReceiptDates();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await this.api.invoke(getInbox, { page: 1, pageSize: FETCH_SIZE });
      this.inbox.set((page.items ?? []).map(fromInbox));
      if (this.tab() === 'all') await this.loadAll();
      void this.inboxCount.refresh();
    } catch (e) {
      this.error.set(problemOf(e)?.detail ?? this.transloco.translate('common.loadFailed'));
    } finally {
      this.loading.set(false);
    }
  }

  private async loadAll(): Promise<void> {
    const page = await this.api.invoke(listTasks, { scope: 'all', page: 1, pageSize: FETCH_SIZE });
    const known = new Map(this.inbox().map((r) => [r.taskId, r]));
    this.everything.set((page.items ?? []).filter((t) => t.status === 'Open').map((t) => known.get(t.id) ?? fromTask(t)));
  }

  protected async selectTab(tab: InboxTab): Promise<void> {
    this.tab.set(tab);
    this.page.set(1);
    if (tab === 'all' && this.everything() === null) {
      this.loading.set(true);
      try {
        await this.loadAll();
      } catch (e) {
        this.error.set(problemOf(e)?.detail ?? this.transloco.translate('common.loadFailed'));
      } finally {
        this.loading.set(false);
      }
    }
    this.fetchReceiptDates();
  }

  protected goTo(page: number): void {
    this.page.set(page);
    this.fetchReceiptDates();
  }

  protected async claim(row: InboxViewRow): Promise<void> {
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

  protected daysText(row: InboxViewRow): string {
    const days = row.workingDaysLeft;
    if (days === null || days === undefined) return row.dueAt ? '' : this.transloco.translate('procedures.inbox.noDeadline');
    if (days < 0 || row.overdue) return this.transloco.translate('procedures.inbox.overdueBy', { days: Math.abs(days) });
    if (days === 0) return this.transloco.translate('procedures.inbox.dueToday');
    return this.transloco.translate('procedures.inbox.daysLeft', { days });
  }

  private fetchReceiptDates(): void {
    const known = this.dossierInfo();
    const ids = [...new Set(this.view().items.map((r) => r.dossierId).filter((id): id is string => !!id && !(id in known)))];
    for (const id of ids) {
      this.api
        .invoke(getDossier, { id })
        .then((d) =>
          this.dossierInfo.update((m) => ({
            ...m,
            [id]: { receivedOn: d.receivedOn, projectId: d.projectId, projectCode: d.projectCode, projectName: d.projectName },
          })),
        )
        .catch(() => undefined);
    }
  }
}

function fromInbox(i: InboxItemDto): InboxViewRow {
  return {
    taskId: i.taskId,
    instanceId: i.instanceId,
    procedureKey: i.procedureKey,
    stepName: i.stepName ?? i.stepId,
    dossierId: i.dossierId,
    projectId: i.projectId,
    projectCode: i.projectCode,
    projectName: i.projectName,
    dueAt: i.dueAt,
    dueDate: i.dueDate,
    workingDaysLeft: i.workingDaysLeft,
    overdue: i.overdue,
    assignee: i.assignee,
    candidateGroups: [...(i.candidateGroups ?? [])],
    createdAt: i.createdAt,
  };
}

function fromTask(t: WorkflowTaskDto): InboxViewRow {
  return {
    taskId: t.id,
    instanceId: t.instanceId,
    procedureKey: t.definitionKey,
    stepName: t.name ?? t.elementId,
    dossierId: t.businessKey,
    dueAt: t.dueAt,
    dueDate: t.dueAt ? t.dueAt.slice(0, 10) : null,
    workingDaysLeft: null,
    overdue: t.overdue,
    assignee: t.assignee,
    candidateGroups: [...(t.candidateGroups ?? [])],
    createdAt: t.createdAt,
  };
}
