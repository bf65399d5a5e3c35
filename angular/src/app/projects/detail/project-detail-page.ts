import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService, provideTranslocoScope } from '@jsverse/transloco';

import { Api } from '../../api/api';
import { changeProjectStatus, getProject, listProposals } from '../../api/functions';
import { ProjectAction, ProjectDto } from '../../api/models';
import { RegistryPermissions } from '../../core/auth/permissions';
import { ifMatch } from '../../core/http/if-match';
import { FINANCE_SCOPE } from '../../core/i18n/scopes';
import { FINANCE_TABS, FinanceTab, FinanceTabs, financeTabsFor } from '../../finance/finance-tabs';
import { problemOf } from '../../core/http/problem-details';
import { Badge } from '../../shared/badge';
import { EmptyState } from '../../shared/empty-state/empty-state';
import { DayPipe, MoneyPipe } from '../../shared/format/money';
import { Icon } from '../../shared/icon/icon';
import { Modal } from '../../shared/modal/modal';
import { ReferenceData } from '../../shared/reference-data';
import { CapitalTab } from './capital-tab';
import { HistoryTab } from './history-tab';
import { ProjectDossiers } from '../../procedures/dossier/project-dossiers';
import { provideProceduresScope } from '../../procedures/scope';
import { actionsFrom } from './status-actions';
import { todayInVietnam } from '../../shared/vietnam-date';
import { DateInput } from '../../shared/date-input/date-input';
import { CodeNames } from '../../shared/code-names';

type Tab = 'info' | 'capital' | FinanceTab | 'dossiers' | 'documents' | 'history';

/** One project: general information and status moves, finance, documents, history. */
@Component({
  selector: 'app-project-detail-page',
  imports: [DateInput, RouterLink, TranslocoPipe, Badge, EmptyState, DayPipe, MoneyPipe, Icon, Modal, CapitalTab, HistoryTab, ProjectDossiers, FinanceTabs],
  providers: [provideProceduresScope(), provideTranslocoScope(FINANCE_SCOPE)],
  templateUrl: './project-detail-page.html',
  styleUrl: './project-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectDetailPage {
  protected readonly names = inject(CodeNames);
  /** A DAC purpose code (5 digits) stored where a name is expected. */
  protected isCode(text: string): boolean {
    return /^\d{5}$/.test(text.trim());
  }
  private readonly api = inject(Api);
  private readonly transloco = inject(TranslocoService);
  protected readonly refs = inject(ReferenceData);
  protected readonly can = inject(RegistryPermissions);

  /** Route parameter (component input binding). */
  readonly id = input.required<string>();
  /** ?tab= from the URL, so a link can open the ledger or history directly. */
  readonly tab = input<string | undefined>();

  protected readonly project = signal<ProjectDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly selectedTab = signal<Tab | null>(null);
  protected readonly activeTab = computed<Tab>(() => this.selectedTab() ?? (isTab(this.tab()) ? (this.tab() as Tab) : 'info'));
  protected readonly tabs = computed<Tab[]>(() => ['info', 'capital', ...financeTabsFor(this.project()?.kind), 'dossiers', 'documents', 'history']);
  protected tabLabel(t: Tab): string {
    if (t === 'dossiers') {
      return 'procedures.dossiers.tab';
    }
    return (FINANCE_TABS as readonly string[]).includes(t) ? `finance.tabs.${t}` : `projects.tabs.${t}`;
  }
  protected isFinanceTab(t: Tab): t is FinanceTab {
    return (FINANCE_TABS as readonly string[]).includes(t);
  }

  protected readonly actions = computed(() => (this.can.canChangeStatus() ? actionsFrom(this.project()?.status) : []));
  protected readonly pendingAction = signal<ProjectAction | null>(null);
  protected readonly effectiveDate = signal(todayInVietnam());
  protected readonly acting = signal(false);
  protected readonly actionError = signal<string | null>(null);
  protected readonly conflict = signal(false);
  protected readonly historyVersion = signal(0);
  /** Proposals on this project waiting for an officer ("chờ xác nhận"). */
  protected readonly pendingProposals = signal(0);

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      this.project.set(await this.api.invoke(getProject, { id: this.id() }));
      this.api.invoke(listProposals, { projectId: this.id(), status: 'Pending', pageSize: 1 }).then(
        (r) => this.pendingProposals.set(r.totalCount),
        () => this.pendingProposals.set(0),
      );
      this.conflict.set(false);
      this.historyVersion.update((v) => v + 1);
    } catch (e) {
      const problem = problemOf(e);
      this.loadError.set(problem?.detail ?? this.transloco.translate('common.loadFailed'));
    } finally {
      this.loading.set(false);
    }
  }

  protected selectTab(tab: Tab): void {
    this.selectedTab.set(tab);
  }

  protected askAction(action: ProjectAction): void {
    this.actionError.set(null);
    this.effectiveDate.set(todayInVietnam());
    this.pendingAction.set(action);
  }

  protected async confirmAction(): Promise<void> {
    const action = this.pendingAction();
    const project = this.project();
    if (!action || !project) return;
    this.acting.set(true);
    this.actionError.set(null);
    try {
      const updated = await this.api.invoke(
        changeProjectStatus,
        { id: project.id!, body: { action, effectiveDate: this.effectiveDate() || null } },
        ifMatch(project.version),
      );
      this.project.set(updated);
      this.pendingAction.set(null);
      this.historyVersion.update((v) => v + 1);
    } catch (e) {
      const problem = problemOf(e);
      if (problem?.status === 412) {
        this.pendingAction.set(null);
        this.conflict.set(true);
      } else {
        this.actionError.set(problem?.detail ?? this.transloco.translate('common.saveFailed'));
      }
    } finally {
      this.acting.set(false);
    }
  }

  protected countryNames(codes: string[]): string {
    return codes.map((c) => this.refs.name('Country', c)).join(', ');
  }
}

function isTab(value: string | undefined): boolean {
  return value === 'info' || value === 'capital' || value === 'dossiers' || value === 'documents' || value === 'history' || (FINANCE_TABS as readonly (string | undefined)[]).includes(value);
}
