import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { Api } from '../api/api';
import { listWorkflowDefinitions, publishWorkflowDefinition, retireWorkflowDefinition } from '../api/functions';
import { WorkflowDefinitionDto } from '../api/models';
import { problemOf } from '../core/http/problem-details';
import { EmptyState } from '../shared/empty-state/empty-state';
import { DayPipe } from '../shared/format/money';
import { Icon } from '../shared/icon/icon';
import { Modal } from '../shared/modal/modal';
import { ProcedurePermissions } from './procedure-permissions';
import { provideProceduresScope } from './scope';
import { LegalCitationView } from '../shared/legal/legal-citation';

export interface ProcedureGroup {
  key: string;
  name: string;
  versions: WorkflowDefinitionDto[];
}

/** Definitions grouped by key, newest version first; keys in alphabetical order. */
export function groupDefinitions(defs: readonly WorkflowDefinitionDto[]): ProcedureGroup[] {
  const byKey = new Map<string, WorkflowDefinitionDto[]>();
  for (const d of defs) byKey.set(d.key, [...(byKey.get(d.key) ?? []), d]);
  return [...byKey.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, versions]) => {
      const sorted = [...versions].sort((a, b) => b.version - a.version);
      return { key, name: sorted.find((v) => v.name)?.name ?? key, versions: sorted };
    });
}

/** Quy trình: the procedures with their versions, status, legal basis and dates in force. */
@Component({
  selector: 'app-procedures-page',
  imports: [LegalCitationView, RouterLink, TranslocoPipe, EmptyState, DayPipe, Icon, Modal],
  providers: [provideProceduresScope()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './procedures-page.html',
  styleUrl: './procedures-page.scss',
})
export class ProceduresPage {
  private readonly api = inject(Api);
  private readonly transloco = inject(TranslocoService);
  protected readonly can = inject(ProcedurePermissions);

  private readonly definitions = signal<WorkflowDefinitionDto[]>([]);
  protected readonly groups = computed(() => groupDefinitions(this.definitions()));
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly pending = signal<{ action: 'publish' | 'retire'; def: WorkflowDefinitionDto } | null>(null);
  protected readonly acting = signal(false);
  protected readonly actionError = signal<string | null>(null);

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      this.definitions.set(await this.api.invoke(listWorkflowDefinitions, {}));
    } catch (e) {
      this.error.set(problemOf(e)?.detail ?? this.transloco.translate('common.loadFailed'));
    } finally {
      this.loading.set(false);
    }
  }

  protected ask(action: 'publish' | 'retire', def: WorkflowDefinitionDto): void {
    this.actionError.set(null);
    this.pending.set({ action, def });
  }

  protected async confirm(): Promise<void> {
    const p = this.pending();
    if (!p) return;
    this.acting.set(true);
    this.actionError.set(null);
    try {
      const result =
        p.action === 'publish'
          ? await this.api.invoke(publishWorkflowDefinition, { key: p.def.key })
          : await this.api.invoke(retireWorkflowDefinition, { key: p.def.key, version: p.def.version });
      this.notice.set(
        this.transloco.translate(p.action === 'publish' ? 'procedures.list.published' : 'procedures.list.retired', {
          key: result.key,
          version: result.version,
        }),
      );
      this.pending.set(null);
      await this.load();
    } catch (e) {
      this.actionError.set(problemOf(e)?.detail ?? this.transloco.translate('common.saveFailed'));
    } finally {
      this.acting.set(false);
    }
  }
}
