import type { EChartsCoreOption } from 'echarts/core';

import { DashboardMonth, DashboardSlice, DonorDisbursementRateDto } from '../api/models';

export interface ChartText {
  number: (n: number) => string;
  month: (m: number) => string;
  unit: string;
}

const MILLION = 1_000_000;
const mn = (v: number) => Math.round((v / MILLION) * 100) / 100;
const axisLabel = (t: ChartText) => ({ formatter: (v: number) => t.number(v) });

/** FDI new + added capital by month: this year's bars against last year's line (USD million). */
export function monthsOption(months: DashboardMonth[], year: number, t: ChartText): EChartsCoreOption {
  return {
    color: ['#1e4fa3', '#98a2b3'],
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${t.number(v)} ${t.unit}` },
    xAxis: { type: 'category', data: months.map((m) => t.month(m.month)) },
    yAxis: { type: 'value', name: t.unit, axisLabel: axisLabel(t) },
    series: [
      { name: String(year), type: 'bar', data: months.map((m) => mn(m.thisYearUsd)), barMaxWidth: 26, cursor: 'pointer' },
      { name: String(year - 1), type: 'line', data: months.map((m) => mn(m.lastYearUsd)), symbolSize: 6 },
    ],
  };
}

/** The top groups of a breakdown as horizontal bars, largest on top (USD million). */
export function slicesOption(slices: DashboardSlice[], name: (s: DashboardSlice) => string, t: ChartText, color: string, top = 8): EChartsCoreOption {
  const rows = [...slices].sort((a, b) => b.valueUsd - a.valueUsd).slice(0, top).reverse();
  return {
    color: [color],
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => `${t.number(v)} ${t.unit}` },
    xAxis: { type: 'value', axisLabel: axisLabel(t) },
    yAxis: { type: 'category', data: rows.map((s) => truncate(name(s), 28)), axisTick: { show: false } },
    series: [{ type: 'bar', data: rows.map((s) => ({ value: mn(s.valueUsd), code: s.code })), barMaxWidth: 20, cursor: 'pointer' }],
  };
}

/** ODA plan vs disbursed by donor (VND billion) for the year. */
export function donorsOption(rows: DonorDisbursementRateDto[], donorName: (row: DonorDisbursementRateDto) => string, labels: { plan: string; disbursed: string; unit: string; rate: string }, t: Pick<ChartText, 'number'> & { percent: (r: number | null) => string }): EChartsCoreOption {
  const bn = (v: number) => Math.round((v / 1_000_000_000) * 10) / 10;
  const sorted = [...rows].sort((a, b) => b.planVnd - a.planVnd);
  return {
    color: ['#cbd3de', '#12b76a'],
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, data: [labels.plan, labels.disbursed] },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: { dataIndex: number }[]) => {
        const r = sorted[params[0]?.dataIndex ?? 0];
        return r
          ? `<b>${donorName(r)}</b><br/>${labels.plan}: ${t.number(bn(r.planVnd))} ${labels.unit}<br/>${labels.disbursed}: ${t.number(bn(r.disbursedVnd))} ${labels.unit}<br/>${labels.rate}: ${t.percent(r.disbursementRate)}`
          : '';
      },
    },
    xAxis: { type: 'category', data: sorted.map((r) => donorName(r)), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', name: labels.unit, axisLabel: { formatter: (v: number) => t.number(v) } },
    series: [
      { name: labels.plan, type: 'bar', data: sorted.map((r) => bn(r.planVnd)), barMaxWidth: 24, cursor: 'pointer' },
      { name: labels.disbursed, type: 'bar', data: sorted.map((r) => bn(r.disbursedVnd)), barMaxWidth: 24, cursor: 'pointer' },
    ],
  };
}

function truncate(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}
