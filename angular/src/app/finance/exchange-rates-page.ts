import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService, provideTranslocoScope } from '@jsverse/transloco';

import { Api } from '../api/api';
import { importExchangeRates, listExchangeRates, setExchangeRate } from '../api/functions';
import { ExchangeRateDto, ImportRowError } from '../api/models';
import { AuthService } from '../core/auth/auth.service';
import { Permissions } from '../core/auth/permission-names';
import { problemOf } from '../core/http/problem-details';
import { FINANCE_SCOPE } from '../core/i18n/scopes';
import { DayPipe } from '../shared/format/money';
import { Icon } from '../shared/icon/icon';
import { Modal } from '../shared/modal/modal';
import { todayInVietnam } from '../shared/vietnam-date';
import { numbers, saveErrors } from './finance-util';
import { DateInput } from '../shared/date-input/date-input';
import { Pager } from '../shared/pager/pager';

const PAGE_SIZE = 50;

/** Quản trị → Tỷ giá: the rates used to convert money, by currency and day; manual entry and CSV/Excel import. */
@Component({
  selector: 'app-exchange-rates-page',
  imports: [DateInput, ReactiveFormsModule, TranslocoPipe, RouterLink, DayPipe, Icon, Modal, Pager],
  providers: [provideTranslocoScope(FINANCE_SCOPE)],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './exchange-rates-page.html',
  styleUrl: './exchange-rates-page.scss',
})
export class ExchangeRatesPage {
  private readonly api = inject(Api);
  private readonly transloco = inject(TranslocoService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly auth = inject(AuthService);
  protected readonly fmt = numbers();
  protected readonly canWrite = computed(() => (this.auth.user(), this.auth.can(Permissions.FinanceExchangeRates)));

  protected readonly rows = signal<ExchangeRateDto[]>([]);
  protected readonly total = signal(0);
  protected readonly page = signal(1);
  protected readonly currency = signal('');
  protected readonly on = signal('');
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.total() / PAGE_SIZE)));
  protected readonly notice = signal<string | null>(null);

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      const result = await this.api.invoke(listExchangeRates, {
        currency: this.currency() || undefined,
        on: this.on() || undefined,
        page: this.page(),
        pageSize: PAGE_SIZE,
      });
      this.rows.set(result.items ?? []);
      this.total.set(result.totalCount ?? 0);
    } catch {
      this.loadError.set(this.transloco.translate('common.loadFailed'));
    } finally {
      this.loading.set(false);
    }
  }

  protected filter(currency: string, on: string): void {
    this.currency.set(currency.trim().toUpperCase());
    this.on.set(on);
    this.page.set(1);
    void this.load();
  }

  protected go(page: number): void {
    this.page.set(Math.min(Math.max(1, page), this.pages()));
    void this.load();
  }

  // Manual entry
  protected readonly formOpen = signal(false);
  protected readonly saving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly serverErrors = signal<Record<string, string>>({});
  protected readonly form = this.fb.group({
    currency: ['', [Validators.required, Validators.pattern(/^[A-Za-z]{3}$/)]],
    date: ['', Validators.required],
    rateToVnd: [null as number | null, [Validators.required, Validators.min(0.000001)]],
    rateToUsd: [null as number | null, [Validators.required, Validators.min(0.000000001)]],
  });

  protected open(from?: ExchangeRateDto): void {
    this.formError.set(null);
    this.serverErrors.set({});
    this.form.reset({
      currency: from?.currency ?? this.currency() ?? '',
      date: todayInVietnam(),
      rateToVnd: from?.rateToVnd ?? null,
      rateToUsd: from?.rateToUsd ?? null,
    });
    this.formOpen.set(true);
  }

  protected error(field: string): string | null {
    const server = this.serverErrors()[field];
    if (server) return server;
    const c = this.form.get(field);
    if (!c || !c.invalid || !c.touched) return null;
    if (c.hasError('pattern')) return this.transloco.translate('finance.validation.currency');
    if (c.hasError('min')) return this.transloco.translate('finance.validation.rate');
    return this.transloco.translate('validation.required');
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    this.serverErrors.set({});
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    this.saving.set(true);
    this.formError.set(null);
    try {
      const saved = await this.api.invoke(setExchangeRate, {
        body: { currency: v.currency.toUpperCase(), date: v.date, rateToVnd: Number(v.rateToVnd), rateToUsd: Number(v.rateToUsd) },
      });
      this.formOpen.set(false);
      this.notice.set(this.transloco.translate('finance.rates.savedOne', { currency: saved.currency }));
      await this.load();
    } catch (e) {
      const { fields, message } = saveErrors(e, this.transloco);
      this.serverErrors.set(fields);
      this.formError.set(message);
    } finally {
      this.saving.set(false);
    }
  }

  // Import
  protected readonly importOpen = signal(false);
  protected readonly file = signal<File | null>(null);
  protected readonly importing = signal(false);
  protected readonly importError = signal<string | null>(null);
  protected readonly importRows = signal<ImportRowError[]>([]);

  protected openImport(): void {
    this.file.set(null);
    this.importError.set(null);
    this.importRows.set([]);
    this.importOpen.set(true);
  }

  protected pick(files: FileList | null): void {
    this.file.set(files?.[0] ?? null);
    this.importError.set(null);
    this.importRows.set([]);
  }

  protected async upload(): Promise<void> {
    const file = this.file();
    if (!file) return;
    this.importing.set(true);
    this.importError.set(null);
    this.importRows.set([]);
    try {
      const result = await this.api.invoke(importExchangeRates, { body: { file: file as never } });
      if (result.errors?.length) {
        this.importRows.set(result.errors);
        this.importError.set(this.transloco.translate('finance.rates.importRejected'));
      } else {
        this.importOpen.set(false);
        this.notice.set(this.transloco.translate('finance.rates.imported', { n: result.imported }));
        this.page.set(1);
        await this.load();
      }
    } catch (e) {
      const problem = problemOf(e) as { detail?: string; rows?: ImportRowError[] } | null;
      this.importRows.set(Array.isArray(problem?.rows) ? problem.rows : []);
      this.importError.set(problem?.detail || this.transloco.translate('finance.rates.importRejected'));
    } finally {
      this.importing.set(false);
    }
  }
}
