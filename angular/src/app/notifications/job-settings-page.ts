import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService, provideTranslocoScope } from '@jsverse/transloco';

import { Api } from '../api/api';
import { listJobSettings, updateJobSettings } from '../api/functions';
import { JobSettingDto } from '../api/models';
import { NOTIFICATIONS_SCOPE } from '../core/i18n/scopes';
import { LanguageService } from '../core/i18n/language.service';
import { problemOf } from '../core/http/problem-details';
import { DateTimePipe } from '../shared/format/money';
import { Icon } from '../shared/icon/icon';
import { Modal } from '../shared/modal/modal';
import { describeCron, nextRun, parseCron } from './cron';

/** The server's rule: five fields of digits, '*', ',', '-', '/' (and values in range, checked here too). */
export function cronValidator(control: AbstractControl): ValidationErrors | null {
  const v = String(control.value ?? '').trim();
  if (!v) return null;
  return /^[\d*,\-/]+(\s+[\d*,\-/]+){4}$/.test(v) && parseCron(v) ? null : { cron: true };
}

/** Server field paths of a one-item PUT ("[0].cron") → form control names ("cron"). */
export function jobFieldErrors(errors: Record<string, string[]> | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, messages] of Object.entries(errors ?? {})) {
    const name = key.replace(/^\[\d+\]\.?/, '').replace(/^\w/, (c) => c.toLowerCase());
    if (messages?.length) out[name || 'form'] = messages[0];
  }
  return out;
}

/** Quản trị → Lịch chạy tác vụ: the recurring jobs' cron schedules and thresholds. */
@Component({
  selector: 'app-job-settings-page',
  imports: [ReactiveFormsModule, TranslocoPipe, RouterLink, DateTimePipe, Icon, Modal],
  providers: [provideTranslocoScope(NOTIFICATIONS_SCOPE)],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './job-settings-page.html',
  styleUrl: './job-settings-page.scss',
})
export class JobSettingsPage {
  private readonly api = inject(Api);
  private readonly transloco = inject(TranslocoService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly language = inject(LanguageService);

  protected readonly jobs = signal<JobSettingDto[]>([]);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly saved = signal<string | null>(null);

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      this.jobs.set(await this.api.invoke(listJobSettings));
    } catch {
      this.loadError.set(this.transloco.translate('common.loadFailed'));
    } finally {
      this.loading.set(false);
    }
  }

  protected describe(cron: string): string {
    this.language.language();
    const words = describeCron(cron);
    if (!words) return '';
    const params = { ...words.params } as Record<string, string | number>;
    if (words.key === 'weekly') params['day'] = this.transloco.translate(`notifications.cron.days.${params['day']}`);
    return this.transloco.translate(`notifications.cron.${words.key}`, params);
  }

  /** The job's name, or its id in words for a job this page has no text for yet. */
  protected nameOf(id: string): string {
    this.language.language();
    const key = `notifications.jobs.names.${id}`;
    const name = this.transloco.translate(key);
    return name && name !== key ? name : id.replace(/[-_]/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
  }

  protected descriptionOf(id: string): string {
    this.language.language();
    const key = `notifications.jobs.descriptions.${id}`;
    const text = this.transloco.translate(key);
    return text && text !== key ? text : '';
  }

  protected next(job: JobSettingDto): string | null {
    if (!job.enabled) return null;
    return nextRun(job.cron)?.toISOString() ?? null;
  }

  protected percent(value: number | null | undefined): string {
    if (value === null || value === undefined || Number.isNaN(Number(value))) return '';
    return new Intl.NumberFormat(this.language.culture(), { style: 'percent', maximumFractionDigits: 1 }).format(Number(value));
  }

  // Dialog
  protected readonly editing = signal<JobSettingDto | null>(null);
  protected readonly saving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly serverErrors = signal<Record<string, string>>({});
  readonly form = this.fb.group({
    cron: ['', [Validators.required, cronValidator]],
    enabled: [true],
    threshold: [null as number | null, [Validators.min(0), Validators.max(1)]],
    delayDays: [null as number | null, [Validators.min(0), Validators.max(365), Validators.pattern(/^\d+$/)]],
    leadDays: [null as number | null, [Validators.min(0), Validators.max(365), Validators.pattern(/^\d+$/)]],
    retentionDays: [null as number | null, [Validators.min(1), Validators.max(36500), Validators.pattern(/^\d+$/)]],
  });

  edit(job: JobSettingDto): void {
    this.formError.set(null);
    this.serverErrors.set({});
    this.saved.set(null);
    this.form.reset({
      cron: job.cron,
      enabled: job.enabled,
      threshold: job.threshold ?? null,
      delayDays: job.delayDays ?? null,
      leadDays: job.leadDays ?? null,
      retentionDays: job.retentionDays ?? null,
    });
    this.editing.set(job);
  }

  error(field: string): string | null {
    const server = this.serverErrors()[field];
    if (server) return server;
    const c = this.form.get(field);
    if (!c || !c.invalid || !c.touched) return null;
    if (c.hasError('required')) return this.transloco.translate('validation.required');
    if (c.hasError('cron')) return this.transloco.translate('notifications.jobs.errors.cron');
    if (field === 'threshold') return this.transloco.translate('notifications.jobs.errors.threshold');
    return this.transloco.translate('notifications.jobs.errors.days');
  }

  async save(): Promise<void> {
    const job = this.editing();
    if (!job) return;
    this.form.markAllAsTouched();
    this.serverErrors.set({});
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    const num = (x: number | null) => (x === null || (x as unknown) === '' ? null : Number(x));
    this.saving.set(true);
    this.formError.set(null);
    try {
      const list = await this.api.invoke(updateJobSettings, {
        body: [
          {
            id: job.id,
            cron: v.cron.trim(),
            enabled: v.enabled,
            threshold: job.threshold === null || job.threshold === undefined ? null : num(v.threshold),
            delayDays: job.delayDays === null || job.delayDays === undefined ? null : num(v.delayDays),
            leadDays: job.leadDays === null || job.leadDays === undefined ? null : num(v.leadDays),
            retentionDays: job.retentionDays === null || job.retentionDays === undefined ? null : num(v.retentionDays),
          },
        ],
      });
      this.jobs.set(list);
      this.editing.set(null);
      this.saved.set(job.id);
    } catch (e) {
      const problem = problemOf(e);
      const fields = jobFieldErrors(problem?.errors);
      this.serverErrors.set(fields);
      this.formError.set(
        problem?.status === 403
          ? this.transloco.translate('notifications.jobs.forbidden')
          : Object.keys(fields).length
            ? this.transloco.translate('notifications.jobs.fixFields')
            : problem?.detail || this.transloco.translate('common.saveFailed'),
      );
    } finally {
      this.saving.set(false);
    }
  }
}
