import type { EChartsCoreOption } from 'echarts/core';

import { FinanceSummaryDto } from '../api/models';

/** One value per month, January first: what the plan-vs-disbursement chart draws. */
export interface FinanceSeries {
  months: number[];
  /** Plan in force at the month's end (VND). */
  plan: number[];
  /** Disbursed in the month (VND). */
  disbursed: number[];
  /** Disbursed since 1 January (VND): the running sum of `disbursed`. */
  cumulative: number[];
  /** cumulative / plan, as a fraction; null while there is no plan. */
  rate: (number | null)[];
}

/**
 * Twelve months from the year's summary. Months the API leaves out count as nothing disbursed
 * with the previous month's plan still in force; the cumulative line is summed here so that it
 * always matches the monthly bars.
 */
export function financeSeries(summary: Pick<FinanceSummaryDto, 'months'>): FinanceSeries {
  const byMonth = new Map(summary.months.map((m) => [m.month, m]));
  const out: FinanceSeries = { months: [], plan: [], disbursed: [], cumulative: [], rate: [] };
  let running = 0;
  let plan = 0;
  for (let month = 1; month <= 12; month++) {
    const m = byMonth.get(month);
    plan = m ? m.planVnd : plan;
    const disbursed = m?.disbursedVnd ?? 0;
    running += disbursed;
    out.months.push(month);
    out.plan.push(plan);
    out.disbursed.push(disbursed);
    out.cumulative.push(running);
    out.rate.push(plan > 0 ? running / plan : null);
  }
  return out;
}

export interface FinanceChartText {
  plan: string;
  disbursed: string;
  cumulative: string;
  rate: string;
  /** "T1" … "T12" or "Jan" … "Dec". */
  month: (m: number) => string;
  /** Axis unit, e.g. "tỷ đồng". */
  unit: string;
  /** Formats a number (already in the unit) for the culture. */
  number: (n: number) => string;
  percent: (n: number | null) => string;
}

const BILLION = 1_000_000_000;
export const CHART_COLORS = ['#1e4fa3', '#12b76a', '#f79009', '#7a5af8', '#0ba5ec', '#f04438', '#667085', '#ee46bc'];

/** Bars for each month's disbursement, a line for the cumulative sum, a stepped dashed line for the plan; VND in billions. */
export function financeChartOption(s: FinanceSeries, t: FinanceChartText): EChartsCoreOption {
  const bn = (v: number) => Math.round((v / BILLION) * 1000) / 1000;
  return {
    color: ['#98a2b3', '#1e4fa3', '#f79009'],
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, data: [t.disbursed, t.cumulative, t.plan] },
    tooltip: {
      trigger: 'axis',
      formatter: (params: { dataIndex: number }[]) => {
        const i = params[0]?.dataIndex ?? 0;
        return [
          `<b>${t.month(s.months[i])}</b>`,
          `${t.plan}: ${t.number(bn(s.plan[i]))} ${t.unit}`,
          `${t.disbursed}: ${t.number(bn(s.disbursed[i]))} ${t.unit}`,
          `${t.cumulative}: ${t.number(bn(s.cumulative[i]))} ${t.unit}`,
          `${t.rate}: ${t.percent(s.rate[i])}`,
        ].join('<br/>');
      },
    },
    xAxis: { type: 'category', data: s.months.map(t.month) },
    yAxis: { type: 'value', name: t.unit, axisLabel: { formatter: (v: number) => t.number(v) } },
    series: [
      { name: t.disbursed, type: 'bar', data: s.disbursed.map(bn), barMaxWidth: 28 },
      { name: t.cumulative, type: 'line', data: s.cumulative.map(bn), symbolSize: 6, areaStyle: { opacity: 0.08 } },
      { name: t.plan, type: 'line', step: 'end', data: s.plan.map(bn), symbol: 'none', lineStyle: { type: 'dashed', width: 2 } },
    ],
  };
}
