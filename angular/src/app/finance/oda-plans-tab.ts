import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { Api } from '../api/api';
import { listCapitalPlans, recordCapitalPlan } from '../api/functions';
import { CapitalPlanDto, ProjectDto } from '../api/models';
import { DateTimePipe, DayPipe, MoneyPipe } from '../shared/format/money';
import { Icon } from '../shared/icon/icon';
import { Modal } from '../shared/modal/modal';
import { todayInVietnam } from '../shared/vietnam-date';
import { canRecordFinance, defaultYear, projectYears, saveErrors } from './finance-util';
import { DateInput } from '../shared/date-input/date-input';
import { FinanceConsts } from '../shared/limits';

export interface PlanYear {
  year: number;
  /** The revision in force now (the latest). */
  current: CapitalPlanDto;
  /** Every revision, newest first. */
  revisions: CapitalPlanDto[];
}

/** Plans of all years, each year's revisions newest first; the in-force one is the latest. */
export function groupPlans(plans: CapitalPlanDto[]): PlanYear[] {
  const years = new Map<number, CapitalPlanDto[]>();
  for (const p of plans) years.set(p.year, [...(years.get(p.year) ?? []), p]);
  return [...years.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, list]) => {
      const revisions = [...list].sort((a, b) => b.revision - a.revision || b.recordedAt.localeCompare(a.recordedAt));
      return { year, current: revisions[0], revisions };
    });
}

/** "Kế hoạch vốn": the annual capital plan (foreign and counterpart funds) by year, with its revisions. */
@Component({
  selector: 'app-oda-plans-tab',
  imports: [DateInput, ReactiveFormsModule, TranslocoPipe, DayPipe, DateTimePipe, MoneyPipe, Icon, Modal],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './oda-plans-tab.html',
  styleUrl: './finance.scss',
})
export class OdaPlansTab {
  private readonly api = inject(Api);
  private readonly transloco = inject(TranslocoService);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly canRecord = canRecordFinance();

  readonly project = input.required<ProjectDto>();

  protected readonly plans = signal<CapitalPlanDto[]>([]);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly groups = computed(() => groupPlans(this.plans()));
  protected readonly expanded = signal<Record<number, boolean>>({});
  protected readonly currency = computed(() => this.project().oda?.currency ?? 'USD');
  /** USD per unit of the agreement currency, as recorded with the agreement. */
  private readonly usdRate = computed(() => this.project().oda?.rateToUsd ?? 0);
  protected readonly totals = computed(() => {
    const cur = this.groups().map((g) => g.current);
    const foreign = cur.reduce((s, p) => s + p.foreignAmount, 0);
    const counterpart = cur.reduce((s, p) => s + p.counterpartAmount, 0);
    const sameCurrency = cur.every((p) => p.currency === this.currency());
    return {
      foreign,
      counterpart,
      original: foreign + counterpart,
      vnd: cur.reduce((s, p) => s + p.totalVnd, 0),
      usd: sameCurrency ? (foreign + counterpart) * this.usdRate() : null,
    };
  });
  protected readonly years = computed(() => projectYears(this.project()));

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      this.plans.set(await this.api.invoke(listCapitalPlans, { id: this.project().id! }));
    } catch {
      this.loadError.set(this.transloco.translate('common.loadFailed'));
    } finally {
      this.loading.set(false);
    }
  }

  protected usdOf(p: CapitalPlanDto): number | null {
    return p.currency === this.currency() && this.usdRate() ? (p.foreignAmount + p.counterpartAmount) * this.usdRate() : null;
  }

  protected toggle(year: number): void {
    this.expanded.update((e) => ({ ...e, [year]: !e[year] }));
  }

  // Dialog
  protected readonly formOpen = signal(false);
  protected readonly isRevision = signal(false);
  protected readonly saving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly serverErrors = signal<Record<string, string>>({});
  readonly form = this.fb.group({
    year: [0, [Validators.required]],
    effectiveDate: ['', Validators.required],
    currency: ['', [Validators.required, Validators.pattern(/^[A-Za-z]{3}$/)]],
    foreignAmount: [null as number | null, [Validators.required, Validators.min(0)]],
    counterpartAmount: [null as number | null, [Validators.required, Validators.min(0)]],
    foreignVnd: [null as number | null, [Validators.min(0)]],
    counterpartVnd: [null as number | null, [Validators.min(0)]],
    reason: [''],
  });

  /** Opens the dialog for a year: a first plan, or a revision (reason required) when the year has one. */
  open(year?: number): void {
    const y = year ?? defaultYear(this.years().filter((x) => !this.groups().some((g) => g.year === x)));
    const existing = this.groups().find((g) => g.year === y)?.current;
    this.formError.set(null);
    this.serverErrors.set({});
    this.form.reset({
      year: y,
      effectiveDate: existing ? todayInVietnam() : this.yearStart(y),
      currency: existing?.currency ?? this.currency(),
      foreignAmount: existing?.foreignAmount ?? null,
      counterpartAmount: existing?.counterpartAmount ?? null,
      foreignVnd: null,
      counterpartVnd: null,
      reason: '',
    });
    this.setRevision(!!existing);
    this.formOpen.set(true);
  }

  /** A first plan applies from 1 January (or from the agreement, if signed later that year). */
  private yearStart(year: number): string {
    const jan1 = `${year}-01-01`;
    const signed = this.project().oda?.agreementDate ?? '';
    return signed > jan1 && signed.startsWith(String(year)) ? signed : jan1;
  }

  /** Changing the year in the dialog switches between a first plan and a revision. */
  protected yearChanged(): void {
    const year = Number(this.form.controls.year.value);
    const revision = this.groups().some((g) => g.year === year);
    this.setRevision(revision);
    if (!revision) this.form.controls.effectiveDate.setValue(this.yearStart(year));
  }

  private setRevision(revision: boolean): void {
    this.isRevision.set(revision);
    const reason = this.form.controls.reason;
    reason.setValidators(revision ? [Validators.required, Validators.maxLength(FinanceConsts.maxReasonLength)] : [Validators.maxLength(FinanceConsts.maxReasonLength)]);
    reason.updateValueAndValidity();
  }

  error(field: string): string | null {
    const server = this.serverErrors()[field];
    if (server) return server;
    const c = this.form.get(field);
    if (!c || !c.invalid || !c.touched) return null;
    if (c.hasError('min')) return this.transloco.translate('validation.notNegative');
    if (c.hasError('pattern')) return this.transloco.translate('finance.validation.currency');
    if (c.hasError('required') && field === 'reason') return this.transloco.translate('finance.validation.reasonRequired');
    if (c.hasError('maxlength')) return this.transloco.translate('validation.tooLong');
    return this.transloco.translate('validation.required');
  }

  async save(): Promise<void> {
    this.form.markAllAsTouched();
    this.serverErrors.set({});
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    this.saving.set(true);
    this.formError.set(null);
    try {
      await this.api.invoke(recordCapitalPlan, {
        id: this.project().id!,
        body: {
          year: Number(v.year),
          effectiveDate: v.effectiveDate,
          currency: v.currency.toUpperCase(),
          foreignAmount: Number(v.foreignAmount),
          counterpartAmount: Number(v.counterpartAmount),
          foreignVnd: v.foreignVnd === null || (v.foreignVnd as unknown) === '' ? null : Number(v.foreignVnd),
          counterpartVnd: v.counterpartVnd === null || (v.counterpartVnd as unknown) === '' ? null : Number(v.counterpartVnd),
          reason: v.reason.trim() || null,
        },
      });
      this.formOpen.set(false);
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
