import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

import { Api } from '../../api/api';
import { createCapitalContribution, listCapitalContributions, updateCapitalContribution } from '../../api/functions';
import { CapitalContributionDto, CapitalContributionInput, PagedResultOfCapitalContributionDto } from '../../api/models';
import { ifMatch } from '../../core/http/if-match';
import { problemOf } from '../../core/http/problem-details';
import { RegistryPermissions } from '../../core/auth/permissions';
import { saveBlob } from '../../projects/project-list-api';
import { DateInput } from '../../shared/date-input/date-input';
import { DayPipe, MoneyPipe } from '../../shared/format/money';
import { Icon } from '../../shared/icon/icon';
import { Modal } from '../../shared/modal/modal';
import { ReferenceData } from '../../shared/reference-data';
import { Pager } from '../../shared/pager/pager';

interface Filters { q: string; country: string; from: string | null; to: string | null }

/** Góp vốn, mua cổ phần: notices of foreign investors buying into Vietnamese companies; list, filter, record, edit, Excel. */
@Component({
  selector: 'app-capital-contributions-page',
  imports: [TranslocoPipe, ReactiveFormsModule, DateInput, DayPipe, MoneyPipe, Icon, Modal, Pager],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './capital-contributions-page.html',
  styleUrl: './capital-contributions-page.scss',
})
export class CapitalContributionsPage {
  private readonly api = inject(Api);
  private readonly http = inject(HttpClient);
  private readonly transloco = inject(TranslocoService);
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
  });
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
    globalThis.scrollTo?.({ top: 0 });
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
      const params: Record<string, string> = { format: 'xlsx' };
      for (const [k, v] of Object.entries(this.query())) if (v) params[k] = v;
      const blob = await firstValueFrom(this.http.get('/api/v1/capital-contributions', { params, responseType: 'blob' }));
      saveBlob(blob, 'gop-von-mua-co-phan.xlsx');
    } finally {
      this.downloading.set(false);
    }
  }

  protected open(item: CapitalContributionDto | 'new'): void {
    this.formError.set(null);
    this.fieldErrors.set({});
    if (item === 'new') {
      this.form.reset();
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
      });
    }
    this.editing.set(item);
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
