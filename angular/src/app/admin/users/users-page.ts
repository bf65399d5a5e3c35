import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { Api } from '../../api/api';
import { Role } from '../../core/auth/auth.service';
import { LanguageService } from '../../core/i18n/language.service';
import { problemOf } from '../../core/http/problem-details';
import { createUser, linkUserProjects, listProjects, listUsers, resetUserPassword, updateUser } from '../../api/functions';
import { PagedResultOfUserAdminDto, ProjectListItemDto, UserAdminDto } from '../../api/models';
import { Icon } from '../../shared/icon/icon';
import { Modal } from '../../shared/modal/modal';
import { ReferenceData } from '../../shared/reference-data';
import { Pager } from '../../shared/pager/pager';

export const ALL_ROLES: readonly Role[] = ['admin', 'officer', 'approver', 'leader', 'agency', 'owner', 'viewer', 'worker'];

type Dialog =
  | { kind: 'new' }
  | { kind: 'edit'; user: UserAdminDto }
  | { kind: 'password'; user: UserAdminDto }
  | { kind: 'projects'; user: UserAdminDto };

/** Users and roles: search, page, create, edit roles/agency, disable, reset password, link owned projects. */
@Component({
  selector: 'app-users-page',
  imports: [TranslocoPipe, RouterLink, Icon, Modal, FormsModule, Pager],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users-page.html',
  styleUrl: './users-page.scss',
})
export class UsersPage {
  private readonly http = inject(Api);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  protected readonly refs = inject(ReferenceData);
  protected readonly roles = ALL_ROLES;
  protected readonly agencies = this.refs.options('Agency');

  protected readonly q = signal('');
  protected readonly page = signal(1);
  protected readonly result = signal<PagedResultOfUserAdminDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly totalPages = computed(() => {
    const r = this.result();
    return r ? Math.max(1, Math.ceil(r.totalCount / r.pageSize)) : 1;
  });

  protected readonly dialog = signal<Dialog | null>(null);
  protected readonly saving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly fieldErrors = signal<Record<string, string>>({});
  protected readonly message = signal<string | null>(null);

  // form state
  protected email = '';
  protected displayName = '';
  protected password = '';
  protected agencyCode = '';
  protected disabled = false;
  protected readonly chosenRoles = signal<Set<string>>(new Set());
  protected readonly linked = signal<{ id: string; code: string; name: string }[]>([]);
  protected readonly projectHits = signal<ProjectListItemDto[]>([]);

  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    void this.load();
  }

  protected search(value: string): void {
    this.q.set(value);
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => {
      this.page.set(1);
      void this.load();
    }, 250);
  }

  protected goTo(page: number): void {
    this.page.set(page);
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      this.result.set(await this.http.invoke(listUsers, { q: this.q(), page: this.page(), pageSize: 20 }));
    } catch (e) {
      this.loadError.set(problemOf(e)?.detail ?? this.transloco.translate('common.loadFailed'));
    } finally {
      this.loading.set(false);
    }
  }

  protected projectName(p: { nameVi: string; nameEn: string | null }): string {
    return this.language.language() === 'en' ? p.nameEn || p.nameVi : p.nameVi;
  }

  protected open(dialog: Dialog): void {
    this.formError.set(null);
    this.fieldErrors.set({});
    this.message.set(null);
    const user = dialog.kind === 'new' ? null : dialog.user;
    this.email = user?.email ?? '';
    this.displayName = user?.displayName ?? '';
    this.password = '';
    this.agencyCode = user?.agencyCode ?? '';
    this.disabled = user?.disabled ?? false;
    this.chosenRoles.set(new Set(user?.roles ?? ['viewer']));
    this.linked.set((user?.projects ?? []).map((p) => ({ id: p.id, code: p.code, name: this.projectName(p) })));
    this.projectHits.set([]);
    this.dialog.set(dialog);
  }

  protected toggleRole(role: string, on: boolean): void {
    const next = new Set(this.chosenRoles());
    if (on) next.add(role);
    else next.delete(role);
    this.chosenRoles.set(next);
  }

  protected async findProjects(q: string): Promise<void> {
    if (q.trim().length < 2) {
      this.projectHits.set([]);
      return;
    }
    const page = await this.http.invoke(listProjects, { q, pageSize: 8 });
    this.projectHits.set(page.items);
  }

  protected addProject(p: ProjectListItemDto): void {
    if (!this.linked().some((l) => l.id === p.id)) {
      this.linked.set([...this.linked(), { id: p.id, code: p.code, name: this.projectName(p) }]);
    }
  }

  protected removeProject(id: string): void {
    this.linked.set(this.linked().filter((l) => l.id !== id));
  }

  protected async save(): Promise<void> {
    const d = this.dialog();
    if (!d) return;
    this.saving.set(true);
    this.formError.set(null);
    this.fieldErrors.set({});
    const roles = ALL_ROLES.filter((r) => this.chosenRoles().has(r));
    const agencyCode = roles.includes('agency') && this.agencyCode ? this.agencyCode : null;
    try {
      if (d.kind === 'new') {
        await this.http.invoke(createUser, { body: { email: this.email, displayName: this.displayName, password: this.password, roles, agencyCode } });
        this.message.set(this.transloco.translate('users.created', { name: this.displayName }));
      } else if (d.kind === 'edit') {
        await this.http.invoke(updateUser, { id: d.user.id, body: { displayName: this.displayName, roles, agencyCode, disabled: this.disabled } });
        this.message.set(this.transloco.translate('users.saved', { name: this.displayName }));
      } else if (d.kind === 'password') {
        await this.http.invoke(resetUserPassword, { id: d.user.id, body: { password: this.password } });
        this.message.set(this.transloco.translate('users.passwordReset', { name: d.user.displayName }));
      } else {
        await this.http.invoke(linkUserProjects, { id: d.user.id, body: { projectIds: this.linked().map((l) => l.id) } });
        this.message.set(this.transloco.translate('users.saved', { name: d.user.displayName }));
      }
      this.dialog.set(null);
      await this.load();
    } catch (e) {
      const problem = problemOf(e);
      const fields: Record<string, string> = {};
      for (const [k, v] of Object.entries(problem?.errors ?? {})) fields[k] = v[0];
      this.fieldErrors.set(fields);
      this.formError.set(
        Object.keys(fields).length ? this.transloco.translate('users.fixFields') : problem?.detail || problem?.title || this.transloco.translate('common.saveFailed'),
      );
    } finally {
      this.saving.set(false);
    }
  }
}
