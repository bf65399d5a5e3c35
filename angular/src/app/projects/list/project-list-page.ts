import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { Api } from '../../api/api';
import { RegistryPermissions } from '../../core/auth/permissions';
import { problemOf } from '../../core/http/problem-details';
import { Badge } from '../../shared/badge';
import { EmptyState } from '../../shared/empty-state/empty-state';
import { DayPipe, MoneyPipe } from '../../shared/format/money';
import { Icon } from '../../shared/icon/icon';
import { ReferenceData } from '../../shared/reference-data';
import { ImportDialog } from '../import/import-dialog';
import { exportProjects, listProjects } from '../../api/functions';
import { PagedResultOfProjectListItemDto } from '../../api/models';
import { saveBlob } from '../../shared/save-blob';
import {
  FilterKey,
  PAGE_SIZES,
  PROJECT_KINDS,
  PROJECT_STATUSES,
  ProjectQuery,
  nextSort,
  paramsFromQuery,
  queryFromParams,
} from '../project-query';
import { DateInput } from '../../shared/date-input/date-input';

const SEARCH_DEBOUNCE_MS = 350;

/** The registry: filter, search, sort and page through projects; export and import Excel. */
@Component({
  selector: 'app-project-list-page',
  imports: [DateInput, RouterLink, TranslocoPipe, Badge, EmptyState, Icon, MoneyPipe, DayPipe, ImportDialog],
  templateUrl: './project-list-page.html',
  styleUrl: './project-list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectListPage {
  private readonly api = inject(Api);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  protected readonly refs = inject(ReferenceData);
  protected readonly can = inject(RegistryPermissions);

  protected readonly kinds = PROJECT_KINDS;
  protected readonly statuses = PROJECT_STATUSES;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly donors = this.refs.options('Donor');
  protected readonly countries = this.refs.options('Country');
  protected readonly sectors = this.refs.options('VsicDivision');
  protected readonly communes = this.refs.options('AdministrativeUnit', (u) => u.category === 'Commune');

  protected readonly query = signal<ProjectQuery>({});
  protected readonly result = signal<PagedResultOfProjectListItemDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly exporting = signal(false);
  protected readonly importOpen = signal(false);
  protected readonly searchText = signal('');

  protected readonly totalPages = computed(() => {
    const r = this.result();
    return r ? Math.max(1, Math.ceil(r.totalCount / r.pageSize)) : 1;
  });
  protected readonly hasFilters = computed(() => {
    const q = this.query();
    return !!(q.kind || q.status || q.donor || q.country || q.sector || q.commune || q.from || q.to || q.q);
  });

  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private requestId = 0;

  constructor() {
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((params) => {
      const query = queryFromParams(params);
      this.query.set(query);
      this.searchText.set(query.q ?? '');
      void this.load(query);
    });
    inject(DestroyRef).onDestroy(() => clearTimeout(this.searchTimer));
  }

  private async load(query: ProjectQuery): Promise<void> {
    const id = ++this.requestId;
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await this.api.invoke(listProjects, query);
      if (id === this.requestId) this.result.set(page);
    } catch (e) {
      if (id === this.requestId) {
        this.error.set(problemOf(e)?.detail ?? this.transloco.translate('common.loadFailed'));
      }
    } finally {
      if (id === this.requestId) this.loading.set(false);
    }
  }

  /** Puts `changes` into the URL; the list reloads from there. Filters go back to page 1. */
  protected navigate(changes: ProjectQuery): void {
    const next = { ...this.query(), ...changes };
    void this.router.navigate([], { relativeTo: this.route, queryParams: paramsFromQuery(next) });
  }

  protected setFilter(key: FilterKey, value: string): void {
    this.navigate({ [key]: value || undefined, page: 1 } as ProjectQuery);
  }

  protected onSearchInput(value: string): void {
    this.searchText.set(value);
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.setFilter('q', value.trim()), SEARCH_DEBOUNCE_MS);
  }

  protected clearFilters(): void {
    clearTimeout(this.searchTimer);
    const { pageSize, sort } = this.query();
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: paramsFromQuery({ pageSize, sort }),
    });
  }

  protected sortBy(field: string): void {
    this.navigate({ sort: nextSort(this.query().sort, field), page: 1 });
  }

  protected sortState(field: string): 'asc' | 'desc' | null {
    const sort = this.query().sort;
    return sort === field ? 'asc' : sort === `-${field}` ? 'desc' : null;
  }

  protected ariaSort(field: string): string {
    const state = this.sortState(field);
    return state === 'asc' ? 'ascending' : state === 'desc' ? 'descending' : 'none';
  }

  protected goToPage(page: number): void {
    this.navigate({ page: Math.min(Math.max(1, page), this.totalPages()) });
  }

  protected setPageSize(size: string): void {
    this.navigate({ pageSize: Number(size), page: 1 });
  }

  protected countries$(codes: string | null): string {
    return (codes ?? '')
      .split(/[,;]\s*/)
      .filter(Boolean)
      .map((c) => this.refs.name('Country', c))
      .join(', ');
  }

  protected async exportExcel(): Promise<void> {
    this.exporting.set(true);
    try {
      // The whole filtered list: the list's filters without its paging.
      const { page: _page, pageSize: _size, ...filters } = this.query();
      const response = await this.api.invoke$Response(exportProjects, filters);
      const today = new Date().toISOString().slice(0, 10).replaceAll('-', '');
      saveBlob(response.body as unknown as Blob, `danh-sach-du-an-${today}.xlsx`);
    } catch (e) {
      this.error.set(problemOf(e)?.detail ?? this.transloco.translate('common.loadFailed'));
    } finally {
      this.exporting.set(false);
    }
  }

  protected onImported(): void {
    void this.load(this.query());
  }

  protected rangeStart(): number {
    const r = this.result();
    return r && r.totalCount > 0 ? (r.page - 1) * r.pageSize + 1 : 0;
  }

  protected rangeEnd(): number {
    const r = this.result();
    return r ? Math.min(r.page * r.pageSize, r.totalCount) : 0;
  }
}
