import { HttpErrorResponse } from '@angular/common/http';
import { formatNumber } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { TranslocoPipe, TranslocoService, provideTranslocoScope } from '@jsverse/transloco';

import { Api } from '../api/api';
import {
  exportFdiMonthlyReport, exportIati, exportNgoReport, exportOdaReport, exportReportDraft, getFdiMonthlyReport, getNgoReport, getOdaReport,
  getReportDraft, getReportDraftTemplate, listReportDraftTemplateVersions, publishFdiMonthlyReport, replaceReportDraftTemplate,
} from '../api/functions';
import {
  DraftSegment as DraftSegmentModel, FdiBreakdownRow as FdiBreakdownRowModel, FdiFigures, FdiMonthlyReportDto, NgoReportDto, NgoReportRow as NgoReportRowModel,
  OdaReportDto, OdaReportRow as OdaReportRowModel, ReportDraftDto, ReportTemplateVersionDto,
} from '../api/models';
import { Whole, whole } from '../core/http/whole';

type DraftSegment = Whole<DraftSegmentModel>;
type FdiBreakdownRow = Whole<FdiBreakdownRowModel>;
type NgoReportRow = Whole<NgoReportRowModel>;
type OdaReportRow = Whole<OdaReportRowModel>;
import { ifMatch } from '../core/http/if-match';
import { AuthService } from '../core/auth/auth.service';
import { Permissions } from '../core/auth/permission-names';
import { problemOf } from '../core/http/problem-details';
import { DASHBOARD_SCOPE } from '../core/i18n/scopes';
import { numbers, yearInVietnam } from '../finance/finance-util';
import { DateTimePipe, DayPipe, MoneyPipe, formatDay } from '../shared/format/money';
import { Icon } from '../shared/icon/icon';
import { Modal } from '../shared/modal/modal';
import { ReferenceData } from '../shared/reference-data';
import { People, Person } from '../shared/people/people';
import { LanguageService } from '../core/i18n/language.service';
import { DonorNamed, donorName } from './donor-name';
import { AidPlaced, placeNames } from './aid-places';

type ReportTab = 'fdi' | 'oda' | 'ngo' | 'draft';
const TABS: readonly ReportTab[] = ['fdi', 'oda', 'ngo', 'draft'];
type Breakdown = 'byCountry' | 'bySection' | 'byCommune' | 'byIndustrialZone';

/** The figures of the monthly FDI summary in report order, counts first. */
export const FIGURES: (keyof FdiFigures & string)[] = [
  'newProjects', 'newCapitalUsd', 'adjustedProjects', 'increaseCount', 'increaseCapitalUsd', 'decreaseCount',
  'decreaseCapitalUsd', 'contributionCount', 'contributionValueUsd', 'terminatedProjects', 'terminatedCapitalUsd',
  'totalNewAndAddedUsd', 'totalWithContributionsUsd', 'validProjects', 'validCapitalUsd',
];

/** "Báo cáo": the monthly FDI summary (publish, revisions, Excel), ODA plan vs disbursed by donor, NGO aid by donor. */
@Component({
  selector: 'app-reports-page',
  imports: [TranslocoPipe, DayPipe, DateTimePipe, MoneyPipe, Icon, Modal, Person],
  providers: [provideTranslocoScope(DASHBOARD_SCOPE)],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reports-page.html',
  styleUrl: './reports-page.scss',
})
export class ReportsPage {
  /** "Tháng 11" in Vietnamese, "November" in English (never "Month 11"). */
  protected monthName(m: number): string {
    return this.language.language() === 'en'
      ? new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, m - 1, 1))
      : this.transloco.translate('dashboard.reports.monthN', { m });
  }
  protected readonly people = inject(People);
  private readonly language = inject(LanguageService);
  private readonly api = inject(Api);
  private readonly transloco = inject(TranslocoService);
  private readonly auth = inject(AuthService);
  protected readonly refs = inject(ReferenceData);
  protected readonly fmt = numbers();
  protected readonly figures = FIGURES;
  protected readonly breakdowns: Breakdown[] = ['byCountry', 'bySection', 'byCommune', 'byIndustrialZone'];
  protected readonly canPublish = computed(() => (this.auth.user(), this.auth.can(Permissions.ReportsPublish)));

  protected readonly tab = signal<ReportTab>('fdi');
  protected readonly thisYear = yearInVietnam();
  protected readonly years = Array.from({ length: 8 }, (_, i) => this.thisYear - i);
  protected readonly months = Array.from({ length: 12 }, (_, i) => i + 1);
  protected readonly year = signal(this.thisYear);
  protected readonly month = signal(defaultMonth());

  // FDI
  protected readonly fdi = signal<Whole<FdiMonthlyReportDto> | null>(null);
  protected readonly fdiLoading = signal(false);
  protected readonly fdiError = signal<string | null>(null);
  protected readonly breakdown = signal<Breakdown>('byCountry');
  protected readonly confirmPublish = signal(false);
  protected readonly publishing = signal(false);
  protected readonly publishMessage = signal<{ ok: boolean; text: string } | null>(null);
  protected readonly excelUrl = computed(() => `${this.api.rootUrl}${exportFdiMonthlyReport.PATH}?year=${this.year()}&month=${this.month()}`);

  // ODA, NGO: GET /reports/oda and /reports/ngo (the Excel layouts at …/xlsx).
  protected readonly oda = signal<Whole<OdaReportDto> | null>(null);
  protected readonly odaLoading = signal(false);
  protected readonly odaError = signal<string | null>(null);
  protected readonly odaExcelUrl = computed(() => `${this.api.rootUrl}${exportOdaReport.PATH}?year=${this.year()}`);
  protected readonly ngo = signal<Whole<NgoReportDto> | null>(null);
  protected readonly ngoLoading = signal(false);
  protected readonly ngoError = signal<string | null>(null);
  protected readonly ngoExcelUrl = computed(() => `${this.api.rootUrl}${exportNgoReport.PATH}?year=${this.year()}`);
  /** The IATI activities file of a kind (oda or ngo) for the year. */
  protected readonly iatiUrl = (kind: 'oda' | 'ngo') => `${this.api.rootUrl}${exportIati.PATH}?year=${this.year()}&kind=${kind}`;
  // The periodic report that drafts itself: GET /reports/draft (the Word file at /reports/draft/docx?lang=vi|en).
  protected readonly draft = signal<Whole<ReportDraftDto> | null>(null);
  protected readonly draftLoading = signal(false);
  protected readonly draftError = signal<string | null>(null);
  protected readonly highlighted = signal<string[]>([]);
  protected readonly draftDocxUrl = (lang: string) => `${this.api.rootUrl}${exportReportDraft.PATH}?year=${this.year()}&lang=${lang}`;
  protected readonly draftParagraphs = computed(() => {
    const d = this.draft();
    return d ? (this.fmt.culture() === 'en-US' ? d.en : d.vi) : [];
  });

  // The draft's Word template: the version in use, the earlier ones, and a new upload (If-Match: the one in use).
  protected readonly templateVersions = signal<ReportTemplateVersionDto[] | null>(null);
  protected readonly templateUploading = signal(false);
  protected readonly templateMessage = signal<{ ok: boolean; text: string } | null>(null);
  protected readonly templateUrl = `${this.api.rootUrl}${getReportDraftTemplate.PATH}`;
  /** The template's fields, as Word shows them (written here: in a translation, braces are parameters). */
  protected readonly templateFields = ['{{fdi}}', '{{oda}}', '{{ngo}}', '{{fdi.heading}}', '{{oda.heading}}', '{{ngo.heading}}',
    '{{committee}}', '{{agency}}', '{{dateline}}', '{{title}}', '{{subtitle}}'];
  private readonly route = inject(ActivatedRoute);

  /**
   * A link into the page — a figure of the Word draft, say — names the tab, the period (year, or from/to), the rows to mark
   * (rows=codes) and the table to scroll to (#anchor).
   */
  ngOnInit(): void {
    const q = this.route.snapshot.queryParamMap;
    const tab = q.get('tab') as ReportTab | null;
    const to = q.get('to') ?? q.get('from');
    const year = Number(q.get('year') ?? to?.slice(0, 4));
    if (this.years.includes(year)) this.year.set(year);
    if (tab === 'fdi' && to && year === this.year()) this.month.set(Number(to.slice(5, 7)) || this.month());
    this.highlighted.set((q.get('rows') ?? '').split(',').filter(Boolean));
    if (tab && TABS.includes(tab)) this.tab.set(tab);
    const anchor = this.route.snapshot.fragment;
    void this.load().then(() => this.scrollToTable(anchor));
  }

  /** Brings a table of the page into view once it is drawn. */
  private scrollToTable(anchor: string | null | undefined): void {
    if (anchor) setTimeout(() => document.getElementById(anchor)?.scrollIntoView({ block: 'start' }), 50);
  }

  protected select(tab: ReportTab): void {
    this.tab.set(tab);
    void this.load();
  }

  protected setYear(v: string): void {
    this.year.set(Number(v));
    void this.load();
  }

  protected setMonth(v: string): void {
    this.month.set(Number(v));
    void this.loadFdi();
  }

  private load(): Promise<void> {
    const t = this.tab();
    if (t === 'fdi') return this.loadFdi();
    if (t === 'oda') return this.loadOda();
    if (t === 'ngo') return this.loadNgo();
    if (this.canPublish() && this.templateVersions() === null) void this.loadTemplates();
    return this.loadDraft();
  }

  protected async loadTemplates(): Promise<void> {
    try {
      this.templateVersions.set(await this.api.invoke(listReportDraftTemplateVersions));
    } catch (e) {
      this.templateMessage.set({ ok: false, text: problemOf(e)?.detail || this.transloco.translate('common.loadFailed') });
    }
  }

  /** Uploads the chosen .docx as the new template, replacing the one in use (412 when someone replaced it meanwhile). */
  protected async uploadTemplate(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const current = this.templateVersions()?.find((v) => v.inUse)?.eTag.replaceAll('"', '') ?? '0';
    this.templateUploading.set(true);
    this.templateMessage.set(null);
    try {
      const version = await this.api.invoke(replaceReportDraftTemplate, { body: { file: file as never } }, ifMatch(current));
      this.templateMessage.set({ ok: true, text: this.transloco.translate('dashboard.reports.template.uploaded', { name: version.fileName, n: version.version }) });
      await this.loadTemplates();
      void this.loadDraft();
    } catch (e) {
      const p = problemOf(e);
      this.templateMessage.set({
        ok: false,
        text: p?.status === 412 ? this.transloco.translate('dashboard.reports.template.stale')
          : Object.values(p?.errors ?? {})[0]?.[0] || p?.detail || this.transloco.translate('common.saveFailed'),
      });
      if (p?.status === 412) await this.loadTemplates();
    } finally {
      this.templateUploading.set(false);
      input.value = '';
    }
  }

  protected async loadDraft(): Promise<void> {
    const year = this.year();
    this.draftLoading.set(true);
    this.draftError.set(null);
    try {
      const d = whole(await this.api.invoke(getReportDraft, { year }));
      if (year === this.year()) this.draft.set(d);
    } catch (e) {
      this.draft.set(null);
      this.draftError.set(this.loadError(e, 'dashboard.reports.draftLoadFailed', year));
    } finally {
      this.draftLoading.set(false);
    }
  }

  /** A figure of the draft opens its table on the report tab, its rows highlighted. */
  protected async follow(segment: DraftSegment, event: Event): Promise<void> {
    event.preventDefault();
    const tab = (segment.link ?? '').match(/tab=(\w+)/)?.[1] as ReportTab | undefined;
    const anchor = (segment.link ?? '').split('#')[1];
    this.highlighted.set(segment.rows ?? []);
    if (tab === 'fdi' || tab === 'oda' || tab === 'ngo') {
      this.tab.set(tab);
      await this.load();
      this.scrollToTable(anchor);
    }
  }

  protected isHighlighted(code: string | null): boolean {
    return !!code && this.highlighted().includes(code);
  }

  /** Million VND without decimals (vi-VN grouping); a dash when not recorded. */
  protected mvnd(v: number | null | undefined): string {
    return v === null || v === undefined ? '—' : formatNumber(v / 1_000_000, this.fmt.culture(), '1.0-0');
  }

  /** Whole USD (vi-VN grouping); a dash when not recorded. */
  protected usd(v: number | null | undefined): string {
    return v === null || v === undefined ? '—' : formatNumber(v, this.fmt.culture(), '1.0-0');
  }

  protected async loadFdi(): Promise<void> {
    this.fdiLoading.set(true);
    this.fdiError.set(null);
    this.publishMessage.set(null);
    try {
      this.fdi.set(whole(await this.api.invoke(getFdiMonthlyReport, { year: this.year(), month: this.month() })));
    } catch (e) {
      this.fdi.set(null);
      this.fdiError.set(problemOf(e)?.detail || this.transloco.translate('common.loadFailed'));
    } finally {
      this.fdiLoading.set(false);
    }
  }

  protected async publish(): Promise<void> {
    this.publishing.set(true);
    try {
      await this.api.invoke(publishFdiMonthlyReport, { year: this.year(), month: this.month() });
      this.confirmPublish.set(false);
      await this.loadFdi();
      this.publishMessage.set({ ok: true, text: this.transloco.translate('dashboard.reports.publishedOk', { month: this.month(), year: this.year() }) });
    } catch (e) {
      const p = problemOf(e);
      this.confirmPublish.set(false);
      this.publishMessage.set({
        ok: false,
        text: p?.status === 403 ? this.transloco.translate('dashboard.reports.forbidden') : p?.detail || Object.values(p?.errors ?? {})[0]?.[0] || this.transloco.translate('common.saveFailed'),
      });
    } finally {
      this.publishing.set(false);
    }
  }

  protected change(key: string): number | null {
    const v = this.fdi()?.figures.changePercent[key];
    return v === null || v === undefined ? null : v / 100;
  }

  /** How implemented capital was counted, in the user's language (the server's sentence is the Vietnamese Excel's). */
  protected implementedNote(i: FdiMonthlyReportDto['figures']['implemented']): string {
    if (i.quarters === undefined) return i.note ?? '';
    const year = this.year();
    const t = (key: string, params: Record<string, unknown>) => this.transloco.translate(`dashboard.reports.implementedNote.${key}`, params);
    const main = i.quarters === 0
      ? t('none', { year })
      : t('through', { quarter: ['I', 'II', 'III', 'IV'][i.quarters - 1], quarterNumber: i.quarters, year, date: formatDay(i.through) });
    return i.missingReports ? `${main} ${t('missing', { missing: i.missingReports, expected: i.expectedReports })}` : main;
  }

  protected isCount(key: string): boolean {
    return !key.endsWith('Usd');
  }

  protected rows(kind: Breakdown): FdiBreakdownRow[] {
    return [...(this.fdi()?.figures.breakdowns[kind] ?? [])].sort((a, b) => b.figures.totalWithContributionsUsd - a.figures.totalWithContributionsUsd);
  }

  protected groupName(r: FdiBreakdownRow): string {
    const name = this.fmt.culture() === 'en-US' ? r.nameEn || r.nameVi : r.nameVi || r.nameEn;
    return name || r.code || this.transloco.translate('dashboard.unknown');
  }

  protected figureName(path: string): string {
    const key = path.split('.').pop() ?? path;
    const t = this.transloco.translate(`dashboard.reports.figures.${key}`);
    return t.startsWith('dashboard.') ? path : t;
  }

  protected async loadOda(): Promise<void> {
    const year = this.year();
    this.odaLoading.set(true);
    this.odaError.set(null);
    try {
      const report = whole(await this.api.invoke(getOdaReport, { year }));
      if (year === this.year()) this.oda.set(report);
    } catch (e) {
      this.oda.set(null);
      this.odaError.set(this.loadError(e, 'dashboard.reports.odaLoadFailed', year));
    } finally {
      this.odaLoading.set(false);
    }
  }

  protected async loadNgo(): Promise<void> {
    const year = this.year();
    this.ngoLoading.set(true);
    this.ngoError.set(null);
    try {
      const report = whole(await this.api.invoke(getNgoReport, { year }));
      if (year === this.year()) this.ngo.set(report);
    } catch (e) {
      this.ngo.set(null);
      this.ngoError.set(this.loadError(e, 'dashboard.reports.ngoLoadFailed', year));
    } finally {
      this.ngoLoading.set(false);
    }
  }

  /** The server's own message (ProblemDetails, already in Vietnamese) or the report's; a lost connection says so. */
  private loadError(e: unknown, key: string, year: number): string {
    const status = e instanceof HttpErrorResponse ? e.status : -1;
    if (status === 0) return this.transloco.translate('dashboard.reports.offline');
    if (status === 403) return this.transloco.translate('dashboard.reports.forbiddenView');
    const p = problemOf(e);
    return p?.detail || Object.values(p?.errors ?? {})[0]?.[0] || this.transloco.translate(key, { year });
  }

  protected places(r: AidPlaced): string {
    return placeNames(r, this.language.language());
  }

  protected donor(r: DonorNamed): string {
    return donorName(r, this.language.language());
  }

  protected aidName(r: { code: string | null; nameVi: string | null; nameEn: string | null }): string {
    const name = this.fmt.culture() === 'en-US' ? r.nameEn || r.nameVi : r.nameVi || r.nameEn;
    return name || r.code || this.transloco.translate('dashboard.unknown');
  }

  protected odaRows(): OdaReportRow[] {
    return this.oda()?.byDonor ?? [];
  }

  protected ngoRows(): NgoReportRow[] {
    return this.ngo()?.byDonor ?? [];
  }
}

/** The last complete month (January → December of last year). */
function defaultMonth(): number {
  const m = new Date(Date.now() + 7 * 3600_000).getUTCMonth() + 1;
  return m === 1 ? 12 : m - 1;
}
