import { financeChartOption, financeSeries } from './finance-chart';

const month = (m: number, planVnd: number, disbursedVnd: number, cumulativeVnd = 0) => ({
  month: m,
  planVnd,
  disbursedVnd,
  cumulativeVnd,
  cumulativeUsd: 0,
});

describe('financeSeries', () => {
  it('sums the months into the cumulative line and divides by the plan in force', () => {
    const s = financeSeries({
      months: [
        month(1, 100e9, 10e9),
        month(2, 100e9, 0),
        month(3, 100e9, 15e9),
        // A revision in April raises the plan; the rate is against the plan in force.
        month(4, 200e9, 25e9),
      ],
    });
    expect(s.months).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(s.disbursed.slice(0, 4)).toEqual([10e9, 0, 15e9, 25e9]);
    expect(s.cumulative.slice(0, 5)).toEqual([10e9, 10e9, 25e9, 50e9, 50e9]);
    expect(s.rate.slice(0, 4)).toEqual([0.1, 0.1, 0.25, 0.25]);
    // Months the API leaves out keep the last plan and add nothing.
    expect(s.plan[11]).toBe(200e9);
    expect(s.cumulative[11]).toBe(50e9);
  });

  it('has no rate while there is no plan', () => {
    const s = financeSeries({ months: [month(1, 0, 5e9), month(2, 50e9, 0)] });
    expect(s.rate[0]).toBeNull();
    expect(s.rate[1]).toBe(0.1);
  });

  it('draws bars for the month, a line for the cumulative sum and a dashed step for the plan, in billions', () => {
    const s = financeSeries({ months: [month(1, 120e9, 12e9), month(2, 120e9, 6e9)] });
    const option = financeChartOption(s, {
      plan: 'Kế hoạch',
      disbursed: 'Giải ngân trong tháng',
      cumulative: 'Luỹ kế',
      rate: 'Tỷ lệ giải ngân',
      unit: 'tỷ đồng',
      month: (m) => `T${m}`,
      number: (n) => String(n).replace('.', ','),
      percent: (r) => (r === null ? '—' : `${Math.round(r * 1000) / 10} %`),
    }) as { series: { name: string; type: string; data: number[]; step?: string }[]; xAxis: { data: string[] }; tooltip: { formatter: (p: { dataIndex: number }[]) => string } };
    expect(option.xAxis.data[0]).toBe('T1');
    expect(option.series.map((x) => x.type)).toEqual(['bar', 'line', 'line']);
    expect(option.series[0].data.slice(0, 2)).toEqual([12, 6]);
    expect(option.series[1].data.slice(0, 3)).toEqual([12, 18, 18]);
    expect(option.series[2].step).toBe('end');
    expect(option.series[2].data[0]).toBe(120);
    expect(option.tooltip.formatter([{ dataIndex: 1 }])).toContain('Tỷ lệ giải ngân: 15 %');
  });
});
