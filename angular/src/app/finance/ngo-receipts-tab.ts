import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { Api } from '../api/api';
import { listReceipts, recordExpectedReceipt, recordReceipt } from '../api/functions';
import { ProjectDto, ReceiptsDto } from '../api/models';
import { DayPipe, MoneyPipe } from '../shared/format/money';
import { Icon } from '../shared/icon/icon';
import { Modal } from '../shared/modal/modal';
import { todayInVietnam } from '../shared/vietnam-date';
import { totalsByCurrency } from '../shared/format/money-totals';
import { canRecordFinance, numbers, saveErrors } from './finance-util';
import { DateInput } from '../shared/date-input/date-input';
import { FinanceConsts } from '../shared/limits';

type Dialog = 'receipt' | 'schedule';

/** "Tiếp nhận viện trợ": an NGO commitment's receipts against its expected schedule. */
@Component({
  selector: 'app-ngo-receipts-tab',
  imports: [DateInput, ReactiveFormsModule, TranslocoPipe, DayPipe, MoneyPipe, Icon, Modal],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './ngo-receipts-tab.html',
  styleUrl: './finance.scss',
})
export class NgoReceiptsTab {
  private readonly api = inject(Api);
  private readonly transloco = inject(TranslocoService);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly canRecord = canRecordFinance();
  protected readonly fmt = numbers();

  readonly project = input.required<ProjectDto>();

  protected readonly data = signal<ReceiptsDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly today = todayInVietnam();
  protected readonly limits = FinanceConsts;
  protected readonly receivedShare = computed(() => {
    const d = this.data();
    return d && d.committedUsd > 0 ? d.receivedUsd / d.committedUsd : null;
  });
  protected readonly receiptTotals = computed(() => totalsByCurrency(this.data()?.receipts ?? []));
  protected readonly scheduleTotals = computed(() => totalsByCurrency(this.data()?.schedule ?? []));
  protected readonly scheduleUsd = computed(() => (this.data()?.schedule ?? []).reduce((s, x) => s + x.amountUsd, 0));
  protected readonly receivedUsdTotal = computed(() => (this.data()?.receipts ?? []).reduce((s, x) => s + x.amountUsd, 0));

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      const d = await this.api.invoke(listReceipts, { id: this.project().id! });
      this.data.set({
        ...d,
        receipts: [...d.receipts].sort((a, b) => b.date.localeCompare(a.date)),
        schedule: [...d.schedule].sort((a, b) => a.dueDate.localeCompare(b.dueDate)),
      });
    } catch {
      this.loadError.set(this.transloco.translate('common.loadFailed'));
    } finally {
      this.loading.set(false);
    }
  }

  // Dialogs
  protected readonly dialog = signal<Dialog | null>(null);
  protected readonly saving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly serverErrors = signal<Record<string, string>>({});
  protected readonly form = this.fb.group({
    date: ['', Validators.required],
    amount: [null as number | null, [Validators.required, Validators.min(0.01)]],
    currency: ['', [Validators.required, Validators.pattern(/^[A-Za-z]{3}$/)]],
    rateToVnd: [null as number | null, [Validators.min(0.000001)]],
    reference: ['', Validators.maxLength(FinanceConsts.maxReferenceLength)],
  });

  protected open(kind: Dialog): void {
    this.formError.set(null);
    this.serverErrors.set({});
    this.form.reset({
      date: this.today,
      amount: null,
      currency: this.project().ngo?.currency ?? 'USD',
      rateToVnd: null,
      reference: '',
    });
    this.dialog.set(kind);
  }

  protected error(field: string): string | null {
    const server = this.serverErrors()[field] ?? (field === 'date' ? this.serverErrors()['dueDate'] : undefined)
      ?? (field === 'reference' ? this.serverErrors()['note'] : undefined);
    if (server) return server;
    const c = this.form.get(field);
    if (!c || !c.invalid || !c.touched) return null;
    if (c.hasError('min')) return this.transloco.translate(field === 'amount' ? 'finance.validation.positive' : 'finance.validation.rate');
    if (c.hasError('pattern')) return this.transloco.translate('finance.validation.currency');
    if (c.hasError('maxlength')) return this.transloco.translate('validation.tooLong');
    return this.transloco.translate('validation.required');
  }

  protected async save(): Promise<void> {
    const kind = this.dialog();
    if (!kind) return;
    this.form.markAllAsTouched();
    this.serverErrors.set({});
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    const id = this.project().id!;
    const rate = v.rateToVnd === null || (v.rateToVnd as unknown) === '' ? null : Number(v.rateToVnd);
    this.saving.set(true);
    this.formError.set(null);
    try {
      if (kind === 'receipt') {
        await this.api.invoke(recordReceipt, {
          id,
          body: {
            date: v.date,
            amount: Number(v.amount),
            currency: v.currency.toUpperCase(),
            reference: v.reference.trim() || null,
            rateToVnd: rate,
            rateDate: rate !== null ? v.date : null,
          },
        });
      } else {
        await this.api.invoke(recordExpectedReceipt, {
          id,
          body: { dueDate: v.date, amount: Number(v.amount), currency: v.currency.toUpperCase(), note: v.reference.trim() || null },
        });
      }
      this.dialog.set(null);
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
