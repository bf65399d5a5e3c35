/**
 * Just enough of five-field cron (minute hour day-of-month month day-of-week; digits, '*', ',', '-',
 * '/') to say when a job runs next and, for the common shapes, what it means in words.
 * Hangfire evaluates the schedules in Asia/Ho_Chi_Minh (UTC+7, no daylight saving).
 */
const VN_OFFSET_MS = 7 * 3600_000;
const RANGES: [number, number][] = [
  [0, 59],
  [0, 23],
  [1, 31],
  [1, 12],
  [0, 7],
];

function parseField(field: string, [min, max]: [number, number]): Set<number> | null {
  const values = new Set<number>();
  for (const part of field.split(',')) {
    const m = /^(\*|\d+(?:-\d+)?)(?:\/(\d+))?$/.exec(part);
    if (!m) return null;
    const step = m[2] ? Number(m[2]) : 1;
    let from = min;
    let to = max;
    if (m[1] !== '*') {
      const [a, b] = m[1].split('-').map(Number);
      from = a;
      to = b ?? (m[2] ? max : a);
    }
    if (step < 1 || from < min || to > max || from > to) return null;
    for (let v = from; v <= to; v += step) values.add(v);
  }
  return values;
}

export interface Cron {
  minutes: Set<number>;
  hours: Set<number>;
  days: Set<number>;
  months: Set<number>;
  weekdays: Set<number>;
  dayRestricted: boolean;
  weekdayRestricted: boolean;
  fields: string[];
}

export function parseCron(expression: string): Cron | null {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5) return null;
  const sets = fields.map((f, i) => parseField(f, RANGES[i]));
  if (sets.some((s) => s === null)) return null;
  const weekdays = new Set([...sets[4]!].map((d) => d % 7));
  return {
    minutes: sets[0]!,
    hours: sets[1]!,
    days: sets[2]!,
    months: sets[3]!,
    weekdays,
    dayRestricted: fields[2] !== '*',
    weekdayRestricted: fields[4] !== '*',
    fields,
  };
}

function dayMatches(c: Cron, d: Date): boolean {
  const dom = c.days.has(d.getUTCDate());
  const dow = c.weekdays.has(d.getUTCDay());
  // As in Vixie cron: when both are restricted, either may match.
  if (c.dayRestricted && c.weekdayRestricted) return dom || dow;
  if (c.dayRestricted) return dom;
  if (c.weekdayRestricted) return dow;
  return true;
}

/** The next run strictly after `after`, or null if none within two years (or the cron is invalid). */
export function nextRun(expression: string, after: Date = new Date()): Date | null {
  const c = parseCron(expression);
  if (!c) return null;
  // Work in "Vietnam wall time" held in a UTC Date.
  const t = new Date(Math.floor((after.getTime() + VN_OFFSET_MS) / 60_000) * 60_000 + 60_000);
  const limit = t.getTime() + 2 * 366 * 86_400_000;
  while (t.getTime() < limit) {
    if (!c.months.has(t.getUTCMonth() + 1) || !dayMatches(c, t)) {
      t.setUTCDate(t.getUTCDate() + 1);
      t.setUTCHours(0, 0, 0, 0);
      continue;
    }
    if (!c.hours.has(t.getUTCHours())) {
      t.setUTCHours(t.getUTCHours() + 1, 0, 0, 0);
      continue;
    }
    if (!c.minutes.has(t.getUTCMinutes())) {
      t.setUTCMinutes(t.getUTCMinutes() + 1, 0, 0);
      continue;
    }
    return new Date(t.getTime() - VN_OFFSET_MS);
  }
  return null;
}

export interface CronWords {
  key: string;
  params: Record<string, string | number>;
}

/** The translation key and parameters describing a simple schedule, or null when it is not simple. */
export function describeCron(expression: string): CronWords | null {
  const c = parseCron(expression);
  if (!c) return null;
  const [mi, h, dom, mon, dow] = c.fields;
  const single = (f: string) => /^\d+$/.test(f);
  const time = () => `${h.padStart(2, '0')}:${mi.padStart(2, '0')}`;
  const every = /^\*\/(\d+)$/;
  if (every.test(mi) && h === '*' && dom === '*' && mon === '*' && dow === '*') {
    return { key: 'everyMinutes', params: { n: Number(every.exec(mi)![1]) } };
  }
  if (mi === '*' && h === '*' && dom === '*' && mon === '*' && dow === '*') return { key: 'everyMinute', params: {} };
  if (single(mi) && h === '*' && dom === '*' && mon === '*' && dow === '*') return { key: 'hourly', params: { m: Number(mi) } };
  if (single(mi) && every.test(h) && dom === '*' && mon === '*' && dow === '*') {
    return { key: 'everyHours', params: { n: Number(every.exec(h)![1]), m: Number(mi) } };
  }
  if (!single(mi) || !single(h)) return null;
  if (dom === '*' && mon === '*' && dow === '*') return { key: 'daily', params: { time: time() } };
  if (dom === '*' && mon === '*' && (dow === '1-5' || dow === 'MON-FRI')) return { key: 'weekdays', params: { time: time() } };
  if (dom === '*' && mon === '*' && single(dow)) return { key: 'weekly', params: { time: time(), day: Number(dow) % 7 } };
  if (single(dom) && mon === '*' && dow === '*') return { key: 'monthly', params: { time: time(), day: Number(dom) } };
  if (single(dom) && single(mon) && dow === '*') return { key: 'yearly', params: { time: time(), day: Number(dom), month: Number(mon) } };
  if (single(dom) && /^\d+(,\d+)+$/.test(mon) && dow === '*') return { key: 'months', params: { time: time(), day: Number(dom), months: mon.split(',').join(', ') } };
  return null;
}
