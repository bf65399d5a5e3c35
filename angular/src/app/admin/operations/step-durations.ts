/** How the cockpit shows step durations and colours the heat map — plain functions, tested without a browser. */

export interface StepTime {
  elementId: string;
  p90Hours: number;
}

/** Heat levels 1 (quick) to 5 (slowest): the step's 90th-percentile time as a share of the slowest step's. */
export const HEAT_LEVELS = 5;

export function heatLevels(steps: readonly StepTime[]): Map<string, number> {
  const max = Math.max(0, ...steps.map((s) => s.p90Hours));
  const levels = new Map<string, number>();
  for (const s of steps) {
    levels.set(s.elementId, max <= 0 ? 1 : Math.min(HEAT_LEVELS, Math.max(1, Math.ceil((s.p90Hours / max) * HEAT_LEVELS))));
  }
  return levels;
}

/** The upper bound in hours of each heat level (level k covers up to k/5 of the slowest step's p90). */
export function heatBounds(steps: readonly StepTime[]): number[] {
  const max = Math.max(0, ...steps.map((s) => s.p90Hours));
  return Array.from({ length: HEAT_LEVELS }, (_, i) => (max * (i + 1)) / HEAT_LEVELS);
}

/**
 * A duration as an officer reads it: under a day in hours ("2,5 giờ"), otherwise in working days ("4,4 ngày làm việc") —
 * the unit the legal time limits use. Numbers in the reader's language.
 */
export function formatDuration(hours: number, workingDays: number | null, lang: string): string {
  const number = (n: number) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 }).format(n);
  if (hours < 24 || workingDays === null) {
    if (hours < 1) {
      const minutes = Math.max(0, Math.round(hours * 60));
      return lang === 'en' ? `${minutes} min` : `${minutes} phút`;
    }
    return lang === 'en' ? `${number(hours)} h` : `${number(hours)} giờ`;
  }
  return lang === 'en' ? `${number(workingDays)} working days` : `${number(workingDays)} ngày làm việc`;
}

/** A bound of the legend (hours only: the heat is by elapsed time). */
export function formatHours(hours: number, lang: string): string {
  if (hours >= 48) {
    const days = hours / 24;
    const n = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 }).format(days);
    return lang === 'en' ? `${n} days` : `${n} ngày`;
  }
  return formatDuration(hours, null, lang);
}
