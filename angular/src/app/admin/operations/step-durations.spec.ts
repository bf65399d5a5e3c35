import { formatDuration, formatHours, heatBounds, heatLevels } from './step-durations';

describe('step durations', () => {
  it('colours each step by its p90 as a share of the slowest step, 1 to 5', () => {
    const levels = heatLevels([
      { elementId: 'check', p90Hours: 6 },
      { elementId: 'consult', p90Hours: 273.6 },
      { elementId: 'sign', p90Hours: 140 },
    ]);
    expect(levels.get('consult')).toBe(5);
    expect(levels.get('check')).toBe(1);
    expect(levels.get('sign')).toBe(3);
    expect(heatBounds([{ elementId: 'x', p90Hours: 10 }])).toEqual([2, 4, 6, 8, 10]);
    expect(heatLevels([{ elementId: 'instant', p90Hours: 0 }]).get('instant')).toBe(1);
  });

  it('reads under a day in hours or minutes and from a day in working days, in the reader language', () => {
    expect(formatDuration(2.5, 0, 'vi')).toBe('2,5 giờ');
    expect(formatDuration(0.25, 0, 'vi')).toBe('15 phút');
    expect(formatDuration(139.2, 4.4, 'vi')).toBe('4,4 ngày làm việc');
    expect(formatDuration(139.2, 4.4, 'en')).toBe('4.4 working days');
    expect(formatDuration(7.9, 0, 'en')).toBe('7.9 h');
    expect(formatHours(72, 'vi')).toBe('3 ngày');
  });
});
