import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { Api } from '../api/api';
import { listImplementedCapital, reportImplementedCapital } from '../api/functions';
import { ImplementedCapitalDto, ProjectDto } from '../api/models';
import { DayPipe, MoneyPipe } from '../shared/format/money';
import { Icon } from '../shared/icon/icon';
import { Modal } from '../shared/modal/modal';
import { todayInVietnam } from '../shared/vietnam-date';
import { canRecordFinance, numbers, saveErrors, yearInVietnam } from './finance-util';
import { DateInput } from '../shared/date-input/date-input';

/** The quarter a report made today most likely covers: the one just ended. */
export function previousQuarter(today: string): { year: number; quarter: number } {
  const y = Number(today.slice(0, 4));
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  return q === 1 ? { year: y - 1, quarter: 4 } : { year: y, quarter: q - 1 };
}

/** "Vốn thực hiện": an FDI enterprise's implemented capital, reported per quarter. */
@Component({
  selector: 'app-implemented-capital-tab',
  imports: [DateInput, ReactiveFormsModule, TranslocoPipe, DayPipe, MoneyPipe, Icon, Modal],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './implemented-capital-tab.html',
  styleUrl: './finance.scss',
})
export class ImplementedCapitalTab {
  private readonly api = inject(Api);
  private readonly transloco = inject(TranslocoService);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly canRecord = canRecordFinance();
  protected readonly fmt = numbers();

  readonly project = input.required<ProjectDto>();

  protected readonly rows = signal<ImplementedCapitalDto[]>([]);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly totalUsd = computed(() => this.rows().reduce((s, r) => s + r.amountUsd, 0));
  protected readonly totalVnd = computed(() => this.rows().reduce((s, r) => s + r.amountVnd, 0));
  protected readonly share = computed(() => {
    const registered = this.project().registeredCapitalUsd ?? 0;
    return registered > 0 ? this.totalUsd() / registered : null;
  });
  protected readonly years = computed(() => {
    const now = yearInVietnam();
    const first = Number((this.project().fdi?.ircDate ?? this.project().registeredOn ?? '').slice(0, 4)) || now - 5;
    const list: number[] = [];
    for (let y = now; y >= Math.min(first, now); y--) list.push(y);
    return list;
  });

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      const rows = await this.api.invoke(listImplementedCapital, { id: this.project().id! });
      this.rows.set([...rows].sort((a, b) => b.year - a.year || b.quarter - a.quarter));
    } catch {
      this.loadError.set(this.transloco.translate('common.loadFailed'));
    } finally {
      this.loading.set(false);
    }
  }

  protected readonly formOpen = signal(false);
  protected readonly editing = signal(false);
  protected readonly saving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly serverErrors = signal<Record<string, string>>({});
  protected readonly form = this.fb.group({
    year: [0, Validators.required],
    quarter: [1, Validators.required],
    amountUsd: [null as number | null, [Validators.required, Validators.min(0)]],
    amountVnd: [null as number | null, [Validators.min(0)]],
    submittedOn: ['', Validators.required],
  });

  protected open(row?: ImplementedCapitalDto): void {
    const today = todayInVietnam();
    const pq = previousQuarter(today);
    this.formError.set(null);
    this.serverErrors.set({});
    this.editing.set(!!row);
    this.form.reset({
      year: row?.year ?? pq.year,
      quarter: row?.quarter ?? pq.quarter,
      amountUsd: row?.amountUsd ?? null,
      amountVnd: row?.amountVnd ?? null,
      submittedOn: row?.submittedOn ?? today,
    });
    this.formOpen.set(true);
  }

  protected error(field: string): string | null {
    const server = this.serverErrors()[field];
    if (server) return server;
    const c = this.form.get(field);
    if (!c || !c.invalid || !c.touched) return null;
    if (c.hasError('min')) return this.transloco.translate('validation.notNegative');
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
      await this.api.invoke(reportImplementedCapital, {
        id: this.project().id!,
        body: {
          year: Number(v.year),
          quarter: Number(v.quarter),
          amountUsd: Number(v.amountUsd),
          amountVnd: v.amountVnd === null || (v.amountVnd as unknown) === '' ? null : Number(v.amountVnd),
          submittedOn: v.submittedOn,
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
