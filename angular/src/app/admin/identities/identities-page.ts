import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { Api } from '../../api/api';
import {
  createGroup,
  createIdentityMapping,
  deleteGroup,
  deleteIdentityMapping,
  listGroups,
  listIdentityMappings,
  listUnassignableTasks,
  listUsers,
  listWorkflowDefinitions,
  setTaskAssignee,
  updateGroup,
} from '../../api/functions';
import { IdentityKind, IdentityMappingDto, PagedResultOfUnassignableTaskDto, UserAdminDto, UserGroupDto } from '../../api/models';
import { ifMatch } from '../../core/http/if-match';
import { problemOf } from '../../core/http/problem-details';
import { DateTimePipe } from '../../shared/format/money';
import { Icon } from '../../shared/icon/icon';
import { Pager } from '../../shared/pager/pager';

interface GroupForm { id: string | null; version: string | null; code: string; nameVi: string; nameEn: string; memberIds: string[] }

/**
 * Administrators: the tasks no one can take (assigned from here), the mapping of the ids models name to our users and
 * groups, and the groups themselves. People and groups are picked by name.
 */
@Component({
  selector: 'app-identities-page',
  imports: [TranslocoPipe, RouterLink, Icon, DateTimePipe, Pager, FormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './identities-page.html',
  styleUrl: './identities-page.scss',
})
export class IdentitiesPage {
  private readonly api = inject(Api);
  private readonly transloco = inject(TranslocoService);

  protected readonly users = signal<UserAdminDto[]>([]);
  protected readonly groups = signal<UserGroupDto[]>([]);
  protected readonly mappings = signal<IdentityMappingDto[]>([]);
  protected readonly definitionKeys = signal<string[]>([]);
  protected readonly queue = signal<PagedResultOfUnassignableTaskDto | null>(null);
  protected readonly page = signal(1);
  protected readonly loading = signal(false);
  protected readonly busy = signal(false);
  protected readonly message = signal<{ ok: boolean; text: string } | null>(null);
  protected readonly errors = signal<Record<string, string[]>>({});
  protected readonly pages = computed(() => {
    const q = this.queue();
    return q ? Math.max(1, Math.ceil(q.totalCount / q.pageSize)) : 1;
  });
  protected readonly activeUsers = computed(() => this.users().filter((u) => !u.disabled));

  /** The person chosen for each task of the queue (task id → user id). */
  protected readonly chosen = signal<Record<string, string | undefined>>({});

  protected mappingKind: Exclude<IdentityKind, null> = 'User';
  protected mappingExternalId = '';
  protected mappingKey = '';
  protected mappingTarget = '';
  protected readonly groupForm = signal<GroupForm | null>(null);

  constructor() {
    void this.loadAll();
  }

  protected async loadAll(): Promise<void> {
    this.loading.set(true);
    try {
      const [users, groups, mappings, definitions] = await Promise.all([
        this.api.invoke(listUsers, { page: 1, pageSize: 200 }),
        this.api.invoke(listGroups, {}),
        this.api.invoke(listIdentityMappings, {}),
        this.api.invoke(listWorkflowDefinitions, {}),
      ]);
      this.users.set(users.items);
      this.groups.set(groups);
      this.mappings.set(mappings);
      this.definitionKeys.set([...new Set(definitions.map((d) => d.key))].sort());
      await this.loadQueue();
    } catch (e) {
      this.fail(e, 'common.loadFailed');
    } finally {
      this.loading.set(false);
    }
  }

  protected async loadQueue(): Promise<void> {
    this.queue.set(await this.api.invoke(listUnassignableTasks, { page: this.page(), pageSize: 20 }));
  }

  protected goTo(p: number): void {
    this.page.set(p);
    void this.loadQueue();
  }

  protected choose(taskId: string, userId: string): void {
    this.chosen.update((c) => ({ ...c, [taskId]: userId }));
  }

  protected async assign(taskId: string, etag: string): Promise<void> {
    const userId = this.chosen()[taskId];
    if (!userId) return;
    await this.run(async () => {
      await this.api.invoke(setTaskAssignee, { id: taskId, body: { userId } }, ifMatch(etag));
      const name = this.users().find((u) => u.id === userId)?.displayName ?? '';
      this.message.set({ ok: true, text: this.transloco.translate('identities.queue.assigned', { name }) });
      await this.loadQueue();
    });
  }

  protected reasonOf(reason: string): string {
    return this.transloco.translate('identities.queue.reason.' + reason);
  }

  protected targetName(m: IdentityMappingDto): string {
    return (m.kind === 'User' ? m.userName : m.groupName) ?? '—';
  }

  protected groupName(g: UserGroupDto): string {
    return this.transloco.getActiveLang() === 'en' ? g.nameEn : g.nameVi;
  }

  protected async addMapping(): Promise<void> {
    await this.run(async () => {
      const user = this.mappingKind === 'User';
      await this.api.invoke(createIdentityMapping, {
        body: {
          kind: this.mappingKind,
          externalId: this.mappingExternalId,
          definitionKey: this.mappingKey || null,
          userId: user ? this.mappingTarget || null : null,
          groupId: user ? null : this.mappingTarget || null,
        },
      });
      this.mappingExternalId = '';
      this.mappingTarget = '';
      this.message.set({ ok: true, text: this.transloco.translate('identities.mappings.added') });
      this.mappings.set(await this.api.invoke(listIdentityMappings, {}));
      await this.loadQueue();
    });
  }

  protected async removeMapping(m: IdentityMappingDto): Promise<void> {
    await this.run(async () => {
      await this.api.invoke(deleteIdentityMapping, { id: m.id }, ifMatch(m.version));
      this.message.set({ ok: true, text: this.transloco.translate('identities.mappings.deleted') });
      this.mappings.set(await this.api.invoke(listIdentityMappings, {}));
      await this.loadQueue();
    });
  }

  protected newGroup(): void {
    this.errors.set({});
    this.groupForm.set({ id: null, version: null, code: '', nameVi: '', nameEn: '', memberIds: [] });
  }

  protected editGroup(g: UserGroupDto): void {
    this.errors.set({});
    this.groupForm.set({ id: g.id, version: g.version, code: g.code, nameVi: g.nameVi, nameEn: g.nameEn, memberIds: g.members.map((m) => m.id) });
  }

  protected toggleMember(form: GroupForm, userId: string, on: boolean): void {
    this.groupForm.set({ ...form, memberIds: on ? [...form.memberIds, userId] : form.memberIds.filter((m) => m !== userId) });
  }

  protected isRoleGroup(form: GroupForm): boolean {
    return !!form.id && !!this.groups().find((g) => g.id === form.id)?.roleName;
  }

  protected async saveGroup(form: GroupForm): Promise<void> {
    await this.run(async () => {
      const body = { code: form.code, nameVi: form.nameVi, nameEn: form.nameEn || null, memberIds: this.isRoleGroup(form) ? null : form.memberIds };
      if (form.id) {
        await this.api.invoke(updateGroup, { id: form.id, body }, ifMatch(form.version));
      } else {
        await this.api.invoke(createGroup, { body });
      }
      this.groupForm.set(null);
      this.message.set({ ok: true, text: this.transloco.translate(form.id ? 'identities.groups.saved' : 'identities.groups.added') });
      this.groups.set(await this.api.invoke(listGroups, {}));
      await this.loadQueue();
    });
  }

  protected async removeGroup(g: UserGroupDto): Promise<void> {
    await this.run(async () => {
      await this.api.invoke(deleteGroup, { id: g.id }, ifMatch(g.version));
      this.message.set({ ok: true, text: this.transloco.translate('identities.groups.deleted') });
      this.groups.set(await this.api.invoke(listGroups, {}));
      this.mappings.set(await this.api.invoke(listIdentityMappings, {}));
      await this.loadQueue();
    });
  }

  protected errorOf(field: string): string | null {
    return this.errors()[field]?.join(' ') ?? null;
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.message.set(null);
    this.errors.set({});
    try {
      await action();
    } catch (e) {
      this.fail(e, 'common.saveFailed');
    } finally {
      this.busy.set(false);
    }
  }

  private fail(e: unknown, fallback: string): void {
    const problem = problemOf(e);
    const errors = (problem as { errors?: Record<string, string[]> } | null)?.errors ?? {};
    this.errors.set(errors);
    const first = Object.values(errors)[0]?.[0];
    this.message.set({ ok: false, text: first ?? problem?.detail ?? this.transloco.translate(fallback) });
  }
}
