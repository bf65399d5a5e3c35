import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { Api } from '../../api/api';
import { createCapitalContribution, exportCapitalContributions, listCapitalContributions, listProjects, updateCapitalContribution } from '../../api/functions';
import { CapitalContributionDto, CapitalContributionInput, PagedResultOfCapitalContributionDto } from '../../api/models';
import { ifMatch } from '../../core/http/if-match';
import { problemOf } from '../../core/http/problem-details';
import { RegistryPermissions } from '../../core/auth/permissions';
import { LanguageService } from '../../core/i18n/language.service';
import { saveBlob } from '../../shared/save-blob';
import { DateInput } from '../../shared/date-input/date-input';
import { DayPipe, MoneyPipe } from '../../shared/format/money';
import { Icon } from '../../shared/icon/icon';
import { Modal } from '../../shared/modal/modal';
import { ReferenceData } from '../../shared/reference-data';
import { Pager } from '../../shared/pager/pager';

interface Filters { q: string; country: string; from: string | null; to: string | null }

/** A project the notice may be linked to, as the picker lists it. */
interface ProjectOption { id: string; code: string; nameVi: string; nameEn: string | null }

/** Góp vốn, mua cổ phần: notices of foreign investors buying into Vietnamese companies; list, filter, record, edit, Excel. */
@Component({
  selector: 'app-capital-contributions-page',
  imports: [TranslocoPipe, ReactiveFormsModule, RouterLink, DateInput, DayPipe, MoneyPipe, Icon, Modal, Pager],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './capital-contributions-page.html',
  styleUrl: './capital-contributions-page.scss',
})
export class CapitalContributionsPage {
  private readonly api = inject(Api);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  protected readonly refs = inject(ReferenceData);
  protected readonly can = inject(RegistryPermissions);
  protected readonly countries = this.refs.options('Country');
  protected readonly sectors = this.refs.options('VsicSection');
  protected readonly communes = this.refs.options('AdministrativeUnit', (i) => i.category === 'Commune');
  protected readonly zones = this.refs.options('IndustrialZone');

  protected readonly filters = signal<Filters>({ q: '', country: '', from: null, to: null });
  protected readonly page = signal(1);
  protected readonly result = signal<PagedResultOfCapitalContributionDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly totalPages = computed(() => {
    const r = this.result();
    return r ? Math.max(1, Math.ceil(r.totalCount / r.pageSize)) : 1;
  });
  protected readonly editing = signal<CapitalContributionDto | 'new' | null>(null);
  protected readonly saving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly fieldErrors = signal<Record<string, string>>({});
  protected readonly downloading = signal(false);

  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly form = this.fb.group({
    investorName: ['', Validators.required],
    countryCode: ['', Validators.required],
    targetEnterprise: ['', Validators.required],
    targetTaxCode: [''],
    valueUsd: [null as number | null, Validators.required],
    valueVnd: [null as number | null],
    date: [null as string | null, Validators.required],
    sectorCode: [''],
    communeCode: [''],
    industrialZoneCode: [''],
    note: [''],
    projectId: [''],
  });
  /** The project picker: the projects matching its search (the API lists only those the user may see), and the one chosen. */
  protected readonly projectSearch = signal('');
  protected readonly projectOptions = signal<ProjectOption[]>([]);
  private chosenProject: ProjectOption | null = null;
  private projectTimer: ReturnType<typeof setTimeout> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    this.refs.items('Country');
    void this.load();
  }

  protected setFilter(name: keyof Filters, value: string | null | undefined): void {
    this.filters.set({ ...this.filters(), [name]: value ?? '' });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.page.set(1);
      void this.load();
    }, name === 'q' ? 300 : 0);
  }

  protected goTo(page: number): void {
    this.page.set(page);
    void this.load();
  }

  private query() {
    const f = this.filters();
    return { q: f.q || undefined, country: f.country || undefined, from: f.from || undefined, to: f.to || undefined };
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      this.result.set(await this.api.invoke(listCapitalContributions, { ...this.query(), page: this.page(), pageSize: 20 }));
    } catch (e) {
      this.loadError.set(problemOf(e)?.detail ?? this.transloco.translate('common.loadFailed'));
    } finally {
      this.loading.set(false);
    }
  }

  protected async download(): Promise<void> {
    this.downloading.set(true);
    try {
      const response = await this.api.invoke$Response(exportCapitalContributions, this.query());
      saveBlob(response.body as unknown as Blob, 'gop-von-mua-co-phan.xlsx');
    } finally {
      this.downloading.set(false);
    }
  }

  protected open(item: CapitalContributionDto | 'new'): void {
    this.formError.set(null);
    this.fieldErrors.set({});
    this.projectSearch.set('');
    if (item === 'new') {
      this.form.reset();
      this.chosenProject = null;
    } else {
      this.form.reset({
        investorName: item.investorName,
        countryCode: item.countryCode,
        targetEnterprise: item.targetEnterprise,
        targetTaxCode: item.targetTaxCode ?? '',
        valueUsd: item.valueUsd,
        valueVnd: item.valueVnd,
        date: item.date,
        sectorCode: item.sectorCode ?? '',
        communeCode: item.communeCode ?? '',
        industrialZoneCode: item.industrialZoneCode ?? '',
        note: item.note ?? '',
        projectId: item.projectId ?? '',
      });
      this.chosenProject = item.projectId
        ? { id: item.projectId, code: item.projectCode ?? '', nameVi: item.projectNameVi ?? '', nameEn: item.projectNameEn ?? null }
        : null;
    }
    this.editing.set(item);
    void this.loadProjects();
  }

  /** The linked project's name in the UI language (its code first), or null for a notice linked to none. */
  protected projectName(p: { projectCode?: string | null; projectNameVi?: string | null; projectNameEn?: string | null }): string | null {
    const name = this.language.language() === 'en' ? p.projectNameEn || p.projectNameVi : p.projectNameVi || p.projectNameEn;
    if (!name && !p.projectCode) return null;
    return [p.projectCode, name].filter(Boolean).join(' — ');
  }

  protected optionLabel(p: ProjectOption): string {
    return this.projectName({ projectCode: p.code, projectNameVi: p.nameVi, projectNameEn: p.nameEn }) ?? p.id;
  }

  protected searchProjects(value: string): void {
    this.projectSearch.set(value);
    clearTimeout(this.projectTimer);
    this.projectTimer = setTimeout(() => void this.loadProjects(), 300);
  }

  protected chooseProject(id: string): void {
    this.chosenProject = this.projectOptions().find((p) => p.id === id) ?? null;
  }

  /** The first 20 projects matching the search, the chosen one kept in the list. */
  private async loadProjects(): Promise<void> {
    try {
      const page = await this.api.invoke(listProjects, { q: this.projectSearch() || undefined, pageSize: 20, sort: 'code' });
      const options: ProjectOption[] = page.items.map((p) => ({ id: p.id, code: p.code, nameVi: p.nameVi, nameEn: p.nameEn }));
      const chosen = this.chosenProject;
      this.projectOptions.set(chosen && !options.some((o) => o.id === chosen.id) ? [chosen, ...options] : options);
    } catch {
      this.projectOptions.set(this.chosenProject ? [this.chosenProject] : []);
    }
  }

  protected error(field: string): string | null {
    return this.fieldErrors()[field] ?? null;
  }

  protected async save(): Promise<void> {
    const editing = this.editing();
    if (!editing) return;
    const v = this.form.getRawValue();
    const body: CapitalContributionInput = {
      investorName: v.investorName,
      countryCode: v.countryCode,
      targetEnterprise: v.targetEnterprise,
      targetTaxCode: v.targetTaxCode || null,
      valueUsd: v.valueUsd ?? 0,
      valueVnd: v.valueVnd ?? null,
      date: v.date ?? '',
      sectorCode: v.sectorCode || null,
      communeCode: v.communeCode || null,
      industrialZoneCode: v.industrialZoneCode || null,
      note: v.note || null,
      projectId: v.projectId || null,
    };
    this.saving.set(true);
    this.formError.set(null);
    try {
      if (editing === 'new') {
        await this.api.invoke(createCapitalContribution, { body });
      } else {
        await this.api.invoke(updateCapitalContribution, { id: editing.id, body }, ifMatch(editing.version));
      }
      this.editing.set(null);
      await this.load();
    } catch (e) {
      const problem = problemOf(e);
      const fields: Record<string, string> = {};
      for (const [k, msgs] of Object.entries(problem?.errors ?? {})) fields[k] = msgs[0];
      this.fieldErrors.set(fields);
      this.formError.set(
        problem?.status === 412
          ? this.transloco.translate('projects.conflict')
          : Object.keys(fields).length
            ? this.transloco.translate('users.fixFields')
            : problem?.detail || this.transloco.translate('common.saveFailed'),
      );
    } finally {
      this.saving.set(false);
    }
  }
}
