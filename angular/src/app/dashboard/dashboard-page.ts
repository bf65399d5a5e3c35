import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService, provideTranslocoScope } from '@jsverse/transloco';
import type { ECElementEvent } from 'echarts/core';

import { Api } from '../api/api';
import { getDashboard, listDonorDisbursementRates } from '../api/functions';
import { DashboardDonorBar, DashboardDto, DashboardSlice, DonorDisbursementRateDto } from '../api/models';
import { AuthService } from '../core/auth/auth.service';
import { Permissions } from '../core/auth/permission-names';
import { DASHBOARD_SCOPE } from '../core/i18n/scopes';
import { LanguageService } from '../core/i18n/language.service';
import { numbers, yearInVietnam } from '../finance/finance-util';
import { Chart } from '../shared/chart/chart';
import { DayPipe, MoneyPipe } from '../shared/format/money';
import { Icon } from '../shared/icon/icon';
import { ReferenceData } from '../shared/reference-data';
import { donorsOption, monthsOption, slicesOption } from './dashboard-charts';
import { donorName } from '../reports/donor-name';
import { ListLink, donorLink, listLink, tileLinks } from './dashboard-links';

/** The roles that read the province's figures; owners and agencies read those of their own scope. */

/** "Tổng quan": KPI tiles and charts of the year, each leading to the filtered project list. */
@Component({
  selector: 'app-dashboard-page',
  imports: [TranslocoPipe, RouterLink, Chart, DayPipe, MoneyPipe, Icon],
  providers: [provideTranslocoScope(DASHBOARD_SCOPE)],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.scss',
})
export class DashboardPage {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly refs = inject(ReferenceData);
  private readonly auth = inject(AuthService);
  protected readonly user = this.auth.user;
  protected readonly fmt = numbers();

  protected readonly thisYear = yearInVietnam();
  protected readonly years = Array.from({ length: 6 }, (_, i) => this.thisYear - i);
  protected readonly year = signal(this.thisYear);
  protected readonly data = signal<DashboardDto | null>(null);
  protected readonly donors = signal<DonorDisbursementRateDto[]>([]);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);

  protected readonly tiles = computed(() => {
    const d = this.data();
    return d ? tileLinks(d) : null;
  });
  private readonly text = computed(() => {
    this.language.language();
    this.language.loaded();
    const monthName = new Intl.DateTimeFormat(this.language.culture(), { month: 'short', timeZone: 'UTC' });
    return {
      number: (n: number) => this.fmt.number(n, '1.0-2'),
      month: (m: number) =>
        this.language.language() === 'en'
          ? monthName.format(Date.UTC(2000, m - 1, 1))
          : this.transloco.translate('dashboard.month', { m }),
      unit: this.transloco.translate('dashboard.unitUsdMn'),
    };
  });
  protected readonly monthsChart = computed(() => {
    const d = this.data();
    return d ? monthsOption(d.newAndAddedByMonth, d.year, this.text()) : null;
  });
  protected readonly countryChart = computed(() => {
    const d = this.data();
    return d?.byCountry.length ? slicesOption(d.byCountry, (s) => this.sliceName(s), this.text(), '#1e4fa3') : null;
  });
  protected readonly sectionChart = computed(() => {
    const d = this.data();
    return d?.bySection.length ? slicesOption(d.bySection, (s) => this.sliceName(s), this.text(), '#7a5af8') : null;
  });
  protected readonly donorChart = computed(() => {
    const rows = this.donors();
    this.language.language();
    this.language.loaded();
    if (!rows.some((r) => r.planVnd > 0 || r.disbursedVnd > 0)) return null;
    const t = (k: string) => this.transloco.translate(`dashboard.oda.${k}`);
    return donorsOption(
      rows,
      (r) => donorName({ ...r, donorNameVi: r.donorNameVi || (r.donorCode ? this.refs.name('Donor', r.donorCode) : null) }, this.language.language()),
      { plan: t('plan'), disbursed: t('disbursed'), unit: t('unit'), rate: t('rate') },
      { number: (n) => this.fmt.number(n, '1.0-1'), percent: (r) => this.fmt.rate(r) },
    );
  });
  protected readonly odaTotals = computed(() => {
    const rows = this.donors();
    const plan = rows.reduce((s, r) => s + r.planVnd, 0);
    const disbursed = rows.reduce((s, r) => s + r.disbursedVnd, 0);
    return { plan, disbursed, rate: plan > 0 ? disbursed / plan : null };
  });

  ngOnInit(): void {
    this.refs.items('Donor');
    void this.load();
  }

  protected selectYear(value: string): void {
    this.year.set(Number(value));
    void this.load();
  }

  /**
   * The donor disbursement rates are the province's (permission Reports.Province): owners and agencies are not asked for them
   * (the API would answer 403) and read the dashboard's own donor bars, computed over their projects.
   */
  private readonly provinceFigures = computed(() => {
    this.user();
    return this.auth.can(Permissions.ReportsProvince);
  });

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      const year = this.year();
      const [d, donors] = await Promise.all([
        this.api.invoke(getDashboard, { year }),
        this.provinceFigures()
          ? this.api.invoke(listDonorDisbursementRates, { year }).catch(() => [] as DonorDisbursementRateDto[])
          : Promise.resolve(null),
      ]);
      this.data.set(d);
      this.donors.set(donors ?? d.odaByDonor.map((b) => donorRate(b, year)));
    } catch {
      this.loadError.set(this.transloco.translate('common.loadFailed'));
    } finally {
      this.loading.set(false);
    }
  }

  protected sliceName(s: DashboardSlice): string {
    const name = this.language.language() === 'en' ? s.nameEn || s.nameVi : s.nameVi || s.nameEn;
    return name || s.code || this.transloco.translate('dashboard.unknown');
  }

  protected go(link: ListLink): void {
    void this.router.navigate([link.path], { queryParams: link.query });
  }

  protected pickMonth(e: ECElementEvent): void {
    const m = this.data()?.newAndAddedByMonth[e.dataIndex];
    if (m) this.go(listLink(m.filter));
  }

  protected pickSlice(slices: DashboardSlice[], e: ECElementEvent): void {
    const code = (e.data as { code?: string | null } | undefined)?.code;
    const slice = slices.find((s) => s.code === code) ?? null;
    if (slice) this.go(listLink(slice.filter));
  }

  protected pickDonor(e: ECElementEvent): void {
    const sorted = [...this.donors()].sort((a, b) => b.planVnd - a.planVnd);
    const r = sorted[e.dataIndex];
    if (r) this.go(donorLink(r));
  }
}

/** A donor bar of the dashboard (over the user's projects) in the shape of the province's donor disbursement rates. */
function donorRate(b: DashboardDonorBar, year: number): DonorDisbursementRateDto {
  return {
    donorCode: b.code,
    donorNameVi: b.nameVi,
    donorNameEn: b.nameEn,
    year,
    projects: b.projects,
    planVnd: b.planVnd,
    disbursedVnd: b.disbursedVnd,
    disbursementRate: b.disbursementRate,
  };
}
