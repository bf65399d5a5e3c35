import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { Api } from '../api/api';
import { getFinanceSummary, listDisbursements, recordDisbursement } from '../api/functions';
import { DisbursementDto, DisbursementSource, FinanceSummaryDto, ProjectDto } from '../api/models';
import { Chart } from '../shared/chart/chart';
import { DayPipe, MoneyPipe } from '../shared/format/money';
import { Icon } from '../shared/icon/icon';
import { Modal } from '../shared/modal/modal';
import { todayInVietnam } from '../shared/vietnam-date';
import { totalsByCurrency } from '../shared/format/money-totals';
import { financeChartOption, financeSeries } from './finance-chart';
import { canRecordFinance, defaultYear, numbers, projectYears, saveErrors } from './finance-util';
import { DateInput } from '../shared/date-input/date-input';
import { FinanceConsts } from '../shared/limits';

/** The sources a disbursement may come from, as the server allows them for the project. */
export function allowedSources(p: Pick<ProjectDto, 'kind' | 'oda'>): DisbursementSource[] {
  const sources: DisbursementSource[] = [];
  if (p.kind === 'Oda' || (p.oda?.odaAmount ?? 0) > 0) sources.push('Oda');
  if (p.kind === 'ConcessionalLoan' || (p.oda?.loanAmount ?? 0) > 0) sources.push('Loan');
  sources.push('Counterpart');
  return sources;
}

/** "Giải ngân": the year's plan vs cumulative disbursement (chart, rate) and the disbursements. */
@Component({
  selector: 'app-oda-disbursements-tab',
  imports: [DateInput, ReactiveFormsModule, TranslocoPipe, DayPipe, MoneyPipe, Icon, Modal, Chart],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './oda-disbursements-tab.html',
  styleUrl: './finance.scss',
})
export class OdaDisbursementsTab {
  private readonly api = inject(Api);
  private readonly transloco = inject(TranslocoService);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly canRecord = canRecordFinance();
  protected readonly limits = FinanceConsts;
  protected readonly fmt = numbers();

  readonly project = input.required<ProjectDto>();

  protected readonly years = computed(() => projectYears(this.project()));
  protected readonly year = signal(0);
  protected readonly summary = signal<FinanceSummaryDto | null>(null);
  protected readonly rows = signal<DisbursementDto[]>([]);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly sources = computed(() => allowedSources(this.project()));

  protected readonly byCurrency = computed(() => totalsByCurrency(this.rows()));
  protected readonly totalVnd = computed(() => this.rows().reduce((s, r) => s + r.amountVnd, 0));
  protected readonly totalUsd = computed(() => this.rows().reduce((s, r) => s + r.amountUsd, 0));
  protected readonly bySource = computed(() =>
    this.sources().map((source) => ({
      source,
      vnd: this.rows().filter((r) => r.source === source).reduce((s, r) => s + r.amountVnd, 0),
    })),
  );
  protected readonly hasChartData = computed(() => {
    const s = this.summary();
    return !!s && (s.planVnd > 0 || s.disbursedVnd > 0);
  });
  protected readonly chartOptions = computed(() => {
    const s = this.summary();
    if (!s) return {};
    this.fmt.culture(); // rebuild the labels on a language switch
    const t = (k: string) => this.transloco.translate(`finance.chart.${k}`);
    return financeChartOption(financeSeries(s), {
      plan: t('plan'),
      disbursed: t('disbursed'),
      cumulative: t('cumulative'),
      rate: t('rate'),
      unit: t('unit'),
      month: (m) => this.transloco.translate('finance.chart.month', { m }),
      number: (n) => this.fmt.number(n, '1.0-3'),
      percent: (r) => this.fmt.rate(r),
    });
  });

  ngOnInit(): void {
    this.year.set(defaultYear(this.years()));
    void this.load();
  }

  protected selectYear(value: string): void {
    this.year.set(Number(value));
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    const id = this.project().id!;
    try {
      const [summary, rows] = await Promise.all([
        this.api.invoke(getFinanceSummary, { id, year: this.year() }),
        this.api.invoke(listDisbursements, { id, year: this.year() }),
      ]);
      this.summary.set(summary);
      this.rows.set([...rows].sort((a, b) => b.date.localeCompare(a.date)));
    } catch {
      this.loadError.set(this.transloco.translate('common.loadFailed'));
    } finally {
      this.loading.set(false);
    }
  }

  // Dialog
  protected readonly formOpen = signal(false);
  protected readonly saving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly serverErrors = signal<Record<string, string>>({});
  protected readonly form = this.fb.group({
    date: ['', Validators.required],
    source: ['Oda' as DisbursementSource, Validators.required],
    amount: [null as number | null, [Validators.required, Validators.min(0.01)]],
    currency: ['', [Validators.required, Validators.pattern(/^[A-Za-z]{3}$/)]],
    rateToVnd: [null as number | null, [Validators.min(0.000001)]],
    rateToUsd: [null as number | null, [Validators.min(0.000001)]],
    reference: ['', Validators.maxLength(FinanceConsts.maxReferenceLength)],
  });

  protected open(): void {
    const today = todayInVietnam();
    const inYear = today.startsWith(String(this.year())) ? today : `${this.year()}-06-30`;
    this.formError.set(null);
    this.serverErrors.set({});
    this.form.reset({
      date: inYear,
      source: this.sources()[0],
      amount: null,
      currency: this.project().oda?.currency ?? 'USD',
      rateToVnd: null,
      rateToUsd: null,
      reference: '',
    });
    this.formOpen.set(true);
  }

  protected error(field: string): string | null {
    const server = this.serverErrors()[field];
    if (server) return server;
    const c = this.form.get(field);
    if (!c || !c.invalid || !c.touched) return null;
    if (c.hasError('min')) return this.transloco.translate(field === 'amount' ? 'finance.validation.positive' : 'finance.validation.rate');
    if (c.hasError('pattern')) return this.transloco.translate('finance.validation.currency');
    if (c.hasError('maxlength')) return this.transloco.translate('validation.tooLong');
    return this.transloco.translate('validation.required');
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    this.serverErrors.set({});
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    const opt = (n: number | null) => (n === null || (n as unknown) === '' ? null : Number(n));
    this.saving.set(true);
    this.formError.set(null);
    try {
      const saved = await this.api.invoke(recordDisbursement, {
        id: this.project().id!,
        body: {
          date: v.date,
          source: v.source,
          amount: Number(v.amount),
          currency: v.currency.toUpperCase(),
          rateToVnd: opt(v.rateToVnd),
          rateToUsd: opt(v.rateToUsd),
          rateDate: opt(v.rateToVnd) !== null ? v.date : null,
          reference: v.reference.trim() || null,
        },
      });
      this.formOpen.set(false);
      const savedYear = Number(saved.date.slice(0, 4));
      if (savedYear !== this.year() && this.years().includes(savedYear)) this.year.set(savedYear);
      await this.load();
    } catch (e) {
      const { fields, message } = saveErrors(e, this.transloco);
      this.serverErrors.set(fields);
      this.formError.set(message);
    } finally {
      this.saving.set(false);
    }
  }
}
