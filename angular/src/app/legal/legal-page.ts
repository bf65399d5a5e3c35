import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoPipe, TranslocoService, provideTranslocoScope } from '@jsverse/transloco';

import { Api } from '../api/api';
import {
  addHolidayNotice,
  applyLegalParameterVersion,
  exportLegalDocuments,
  getLegalParameterHistory,
  listCalendarAdjustments,
  listCalendarYears,
  listLegalDocuments,
  listLegalParameterAffectedDossiers,
  listLegalParameters,
  saveCalendarAdjustment,
  saveLegalParameterVersion,
} from '../api/functions';
import {
  AffectedDossierDto,
  CalendarAdjustmentDto,
  CalendarYearDto,
  LegalDocumentDto,
  LegalParameterDto,
  LegalParameterVersionDto,
  LegalStatus,
  LegalUnit,
  SaveLegalParameterVersionRequest,
} from '../api/models';
import { AuthService } from '../core/auth/auth.service';
import { problemOf } from '../core/http/problem-details';
import { LEGAL_SCOPE } from '../core/i18n/scopes';
import { DayPipe } from '../shared/format/money';
import { Icon } from '../shared/icon/icon';

type Tab = 'documents' | 'parameters' | 'calendar';

const LEGAL_UNITS: readonly LegalUnit[] = ['CalendarDays', 'WorkingDays', 'Months', 'Usd', 'Percent', 'DayOfYear', 'Count'];
const LEGAL_STATUSES: readonly LegalStatus[] = ['Confirmed', 'Secondary', 'Unconfirmed'];

/**
 * "Căn cứ pháp lý": the legal documents the app knows with the procedure versions and parameters citing them (Excel export);
 * the legal parameters with their versions, history, edits and the explicit apply to running dossiers (admins); the working-day
 * calendar's yearly notices, with the warning for a year whose notice is not entered (admins enter notices and their days).
 */
@Component({
  selector: 'app-legal-page',
  imports: [FormsModule, TranslocoPipe, DayPipe, Icon],
  providers: [provideTranslocoScope(LEGAL_SCOPE)],
  templateUrl: './legal-page.html',
  styleUrl: './legal-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LegalPage {
  private readonly api = inject(Api);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  protected readonly isAdmin = inject(AuthService).isAdmin;

  protected readonly exportUrl = this.api.rootUrl + exportLegalDocuments.PATH;
  protected readonly units = LEGAL_UNITS;
  protected readonly statuses = LEGAL_STATUSES;
  protected readonly tab = signal<Tab>('documents');
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly documents = signal<LegalDocumentDto[]>([]);
  protected readonly onlyUnconfirmed = signal(false);
  protected readonly shownDocuments = computed(() =>
    this.onlyUnconfirmed() ? this.documents().filter((d) => d.unconfirmedCount > 0) : this.documents(),
  );

  protected readonly parameters = signal<LegalParameterDto[]>([]);
  protected readonly selected = signal<LegalParameterDto | null>(null);
  protected readonly history = signal<LegalParameterVersionDto[]>([]);
  protected readonly editing = signal<SaveLegalParameterVersionRequest | null>(null);
  protected editingName = '';
  protected readonly formErrors = signal<Record<string, string>>({});
  protected readonly saving = signal(false);
  protected readonly affected = signal<{ version: LegalParameterVersionDto; rows: AffectedDossierDto[] } | null>(null);
  protected readonly notice = signal<string | null>(null);

  protected readonly years = signal<CalendarYearDto[]>([]);
  protected readonly year = signal<number | null>(null);
  protected readonly adjustments = signal<CalendarAdjustmentDto[]>([]);
  protected noticeForm = { year: new Date().getFullYear() + 1, number: '', issuedOn: '', title: '' };
  protected dayForm: CalendarAdjustmentDto = { date: '', kind: 'DayOff', reason: '', notice: '' };

  constructor() {
    const t = this.route.snapshot.queryParamMap.get('tab');
    this.show(t === 'parameters' || t === 'calendar' ? t : 'documents');
  }

  protected show(tab: Tab): void {
    this.tab.set(tab);
    this.error.set(null);
    this.notice.set(null);
    void this.router.navigate([], { queryParams: { tab }, replaceUrl: true });
    void this.load();
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    try {
      if (this.tab() === 'documents') this.documents.set(await this.api.invoke(listLegalDocuments));
      if (this.tab() === 'parameters') this.parameters.set(await this.api.invoke(listLegalParameters));
      if (this.tab() === 'calendar') {
        this.years.set(await this.api.invoke(listCalendarYears));
        await this.chooseYear(this.year() ?? new Date().getFullYear() + 1);
      }
    } catch (e) {
      this.error.set(problemOf(e)?.detail ?? this.transloco.translate('legal.loadFailed'));
    } finally {
      this.loading.set(false);
    }
  }

  protected statusTone(s: string): string {
    return s === 'Confirmed' ? 'tone-green' : s === 'Secondary' ? 'tone-amber' : 'tone-red';
  }

  protected citation(v: LegalParameterVersionDto): string {
    const c = v.citation;
    return [c.documentNumber, c.article ? `Điều ${c.article}` : '', c.clause ? `khoản ${c.clause}` : ''].filter(Boolean).join(', ');
  }

  // --- parameters -------------------------------------------------------------------------------
  protected async select(p: LegalParameterDto): Promise<void> {
    this.selected.set(p);
    this.affected.set(null);
    this.editing.set(null);
    this.history.set(await this.api.invoke(getLegalParameterHistory, { name: p.name }));
  }

  protected edit(p: LegalParameterDto, v: LegalParameterVersionDto | null): void {
    const base = v ?? p.inForce ?? p.versions[p.versions.length - 1];
    this.editingName = p.name;
    this.formErrors.set({});
    this.editing.set({
      titleVi: base?.titleVi ?? p.titleVi,
      titleEn: base?.titleEn ?? '',
      value: base?.value ?? '',
      unit: base?.unit ?? 'CalendarDays',
      effectiveFrom: v ? v.effectiveFrom : '',
      documentNumber: base?.citation.documentNumber ?? '',
      article: base?.citation.article ?? '',
      clause: base?.citation.clause ?? '',
      status: base?.status ?? 'Confirmed',
      note: v ? (v.note ?? '') : '',
      replacesId: v ? v.id : null,
    });
  }

  protected addParameter(): void {
    this.selected.set(null);
    this.editingName = '';
    this.formErrors.set({});
    this.editing.set({ titleVi: '', titleEn: '', value: '', unit: 'CalendarDays', effectiveFrom: '', documentNumber: '', article: '', clause: '', status: 'Confirmed', note: '', replacesId: null });
  }

  protected async save(): Promise<void> {
    const body = this.editing();
    if (!body) return;
    this.saving.set(true);
    this.formErrors.set({});
    try {
      const saved = await this.api.invoke(saveLegalParameterVersion, { name: this.editingName, body });
      this.editing.set(null);
      this.notice.set(this.transloco.translate('legal.parameters.saved', { name: saved.name }));
      this.parameters.set(await this.api.invoke(listLegalParameters));
      const p = this.parameters().find((x) => x.name === saved.name);
      if (p) await this.select(p);
    } catch (e) {
      const problem = problemOf(e);
      const errors: Record<string, string> = {};
      for (const [k, v] of Object.entries(problem?.errors ?? {})) errors[k] = v.join(' ');
      if (!Object.keys(errors).length) errors['form'] = problem?.detail ?? this.transloco.translate('legal.saveFailed');
      this.formErrors.set(errors);
    } finally {
      this.saving.set(false);
    }
  }

  protected async listAffected(p: LegalParameterDto, v: LegalParameterVersionDto): Promise<void> {
    this.affected.set({ version: v, rows: await this.api.invoke(listLegalParameterAffectedDossiers, { name: p.name, id: v.id }) });
  }

  protected async apply(): Promise<void> {
    const a = this.affected();
    const p = this.selected();
    if (!a || !p) return;
    const result = await this.api.invoke(applyLegalParameterVersion, { name: p.name, id: a.version.id });
    this.notice.set(this.transloco.translate('legal.parameters.applied', { count: result.applied }));
    this.affected.set({ version: a.version, rows: await this.api.invoke(listLegalParameterAffectedDossiers, { name: p.name, id: a.version.id }) });
  }

  // --- calendar -------------------------------------------------------------------------------------
  protected async chooseYear(year: number): Promise<void> {
    this.year.set(year);
    this.adjustments.set(await this.api.invoke(listCalendarAdjustments, { year }));
  }

  protected async addNotice(): Promise<void> {
    this.formErrors.set({});
    try {
      await this.api.invoke(addHolidayNotice, { body: { ...this.noticeForm, year: Number(this.noticeForm.year) } });
      this.notice.set(this.transloco.translate('legal.calendar.noticeSaved', { number: this.noticeForm.number }));
      this.dayForm.notice = this.noticeForm.number;
      this.years.set(await this.api.invoke(listCalendarYears));
      await this.chooseYear(Number(this.noticeForm.year));
    } catch (e) {
      this.formErrors.set(this.errorsOf(e));
    }
  }

  protected async addDay(): Promise<void> {
    this.formErrors.set({});
    try {
      await this.api.invoke(saveCalendarAdjustment, { body: this.dayForm });
      this.notice.set(this.transloco.translate('legal.calendar.daySaved'));
      await this.chooseYear(Number(this.dayForm.date.slice(0, 4)) || this.year() || new Date().getFullYear());
    } catch (e) {
      this.formErrors.set(this.errorsOf(e));
    }
  }

  private errorsOf(e: unknown): Record<string, string> {
    const problem = problemOf(e);
    const errors: Record<string, string> = {};
    for (const [k, v] of Object.entries(problem?.errors ?? {})) errors[k] = v.join(' ');
    if (!Object.keys(errors).length) errors['form'] = problem?.detail ?? this.transloco.translate('legal.saveFailed');
    return errors;
  }
}
