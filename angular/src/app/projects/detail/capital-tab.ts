import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { Api } from '../../api/api';
import { getProject, recordCapitalEvent } from '../../api/functions';
import { CapitalEventDto, CapitalEventType, ProjectDto } from '../../api/models';
import { problemOf } from '../../core/http/problem-details';
import { Badge } from '../../shared/badge';
import { DayPipe, MoneyPipe } from '../../shared/format/money';
import { Icon } from '../../shared/icon/icon';
import { Modal } from '../../shared/modal/modal';
import { todayInVietnam } from '../../shared/vietnam-date';
import { DateInput } from '../../shared/date-input/date-input';

interface FundLine {
  key: string;
  amount: number;
  usd: number;
  vnd: number;
}

/** "Vốn / tài chính": the FDI capital ledger with its forms and as-of view; ODA funds; NGO commitment. */
@Component({
  selector: 'app-capital-tab',
  imports: [DateInput, ReactiveFormsModule, TranslocoPipe, Badge, DayPipe, MoneyPipe, Icon, Modal],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './capital-tab.html',
  styleUrl: './capital-tab.scss',
})
export class CapitalTab {
  private readonly api = inject(Api);
  private readonly transloco = inject(TranslocoService);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly project = input.required<ProjectDto>();
  readonly canRecord = input(false);
  readonly changed = output<void>();

  protected readonly events = computed(() =>
    [...(this.project().capitalEvents ?? [])].sort(
      (a, b) => a.effectiveDate.localeCompare(b.effectiveDate) || a.recordedAt.localeCompare(b.recordedAt),
    ),
  );
  protected readonly hasRegistration = computed(() =>
    this.events().some((e) => e.type === 'NewRegistration' && !e.isSuperseded),
  );
  protected readonly isTerminated = computed(() =>
    this.events().some((e) => e.type === 'Termination' && !e.isSuperseded),
  );
  protected readonly totals = computed(() => {
    const live = this.events().filter((e) => !e.isSuperseded);
    return {
      usd: live.reduce((s, e) => s + e.capitalChangeUsd, 0),
      vnd: live.reduce((s, e) => s + e.capitalChangeVnd, 0),
    };
  });

  protected readonly odaLines = computed<FundLine[]>(() => {
    const oda = this.project().oda;
    if (!oda) return [];
    const line = (key: string, amount: number): FundLine => ({
      key,
      amount,
      usd: amount * (oda.rateToUsd || 0),
      vnd: amount * (oda.rateToVnd || 0),
    });
    return [
      line('oda', oda.odaAmount),
      line('loan', oda.loanAmount),
      line('counterpart', oda.counterpartAmount),
    ];
  });
  protected readonly odaTotal = computed(() =>
    this.odaLines().reduce(
      (t, l) => ({ amount: t.amount + l.amount, usd: t.usd + l.usd, vnd: t.vnd + l.vnd }),
      { amount: 0, usd: 0, vnd: 0 },
    ),
  );

  // As-of view
  protected readonly asOf = signal('');
  protected readonly asOfProject = signal<ProjectDto | null>(null);
  protected readonly asOfLoading = signal(false);

  protected async showAsOf(date: string): Promise<void> {
    this.asOf.set(date);
    if (!date) {
      this.asOfProject.set(null);
      return;
    }
    this.asOfLoading.set(true);
    try {
      this.asOfProject.set(await this.api.invoke(getProject, { id: this.project().id!, asOf: date }));
    } catch {
      this.asOfProject.set(null);
    } finally {
      this.asOfLoading.set(false);
    }
  }

  // Event form
  protected readonly formType = signal<CapitalEventType | null>(null);
  protected readonly correcting = signal<CapitalEventDto | null>(null);
  protected readonly saving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly serverErrors = signal<Record<string, string>>({});
  protected readonly form = this.fb.group({
    effectiveDate: ['', Validators.required],
    capitalChangeUsd: [0 as number | null, Validators.required],
    capitalChangeVnd: [null as number | null],
    certificateNumber: [''],
    note: [''],
  });

  protected open(type: CapitalEventType, corrects: CapitalEventDto | null = null): void {
    this.formType.set(type);
    this.correcting.set(corrects);
    this.formError.set(null);
    this.serverErrors.set({});
    this.form.reset({
      effectiveDate: corrects?.effectiveDate ?? todayInVietnam(),
      capitalChangeUsd: corrects ? corrects.capitalChangeUsd : type === 'Termination' ? 0 : null,
      capitalChangeVnd: corrects ? corrects.capitalChangeVnd : null,
      certificateNumber: corrects?.certificateNumber ?? this.project().fdi?.ircNumber ?? '',
      note: '',
    });
    if (type === 'Termination') {
      this.form.controls.capitalChangeUsd.disable();
      this.form.controls.capitalChangeVnd.disable();
    } else {
      this.form.controls.capitalChangeUsd.enable();
      this.form.controls.capitalChangeVnd.enable();
    }
  }

  protected closeForm(): void {
    this.formType.set(null);
    this.correcting.set(null);
  }

  protected error(field: string): string | null {
    const server = this.serverErrors()[field];
    if (server) return server;
    const control = this.form.get(field);
    if (control && control.invalid && control.touched) {
      return this.transloco.translate('validation.required');
    }
    return null;
  }

  protected async save(): Promise<void> {
    const type = this.formType();
    if (!type) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    this.saving.set(true);
    this.formError.set(null);
    this.serverErrors.set({});
    try {
      await this.api.invoke(recordCapitalEvent, {
        id: this.project().id!,
        body: {
          type,
          effectiveDate: v.effectiveDate,
          capitalChangeUsd: type === 'Termination' ? 0 : Number(v.capitalChangeUsd ?? 0),
          capitalChangeVnd: type === 'Termination' ? 0 : v.capitalChangeVnd === null ? null : Number(v.capitalChangeVnd),
          certificateNumber: v.certificateNumber || null,
          note: v.note || null,
          correctsEventId: this.correcting()?.id ?? null,
        },
      });
      this.closeForm();
      this.changed.emit();
    } catch (e) {
      const problem = problemOf(e);
      const fields: Record<string, string> = {};
      for (const [k, messages] of Object.entries(problem?.errors ?? {})) fields[k] = messages[0];
      this.serverErrors.set(fields);
      this.formError.set(problem?.detail ?? this.transloco.translate('common.saveFailed'));
    } finally {
      this.saving.set(false);
    }
  }
}
