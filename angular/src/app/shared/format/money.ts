import { formatNumber } from '@angular/common';
import { Pipe, PipeTransform, inject } from '@angular/core';

import { LanguageService } from '../../core/i18n/language.service';

/** Currencies without a minor unit in practice (ISO 4217 exponent 0): shown without decimals. */
const WHOLE_CURRENCIES = new Set(['VND', 'JPY', 'KRW']);

/**
 * Money in the user's culture: vi-VN → "1.628.890,50 USD", "63.500.000.000 VND"; en-US →
 * "1,628,890.50 USD". VND (and other currencies without a minor unit) never shows decimals;
 * other currencies show two. A missing amount ("not recorded") is a dash, never 0.
 * With `named` false the code is left out — for table cells whose column header names it.
 */
export function formatMoney(
  value: number | null | undefined,
  culture: string,
  currency?: string | null,
  named = true,
): string {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return '—';
  }
  const code = currency?.toUpperCase();
  const digits = code && WHOLE_CURRENCIES.has(code) ? '1.0-0' : '1.2-2';
  const number = formatNumber(value, culture, digits);
  return code && named ? `${number} ${code}` : number;
}

/** `{{ amount | money: 'USD' }}`, `{{ amountVnd | money: 'VND' : false }}`; impure so it follows a language switch. */
@Pipe({ name: 'money', pure: false })
export class MoneyPipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(value: number | null | undefined, currency?: string | null, named = true): string {
    return formatMoney(value, this.language.culture(), currency, named);
  }
}

/** "2026-11-25" → "25/11/2026": the day-month-year order officers use in both languages. */
export function formatDay(value: string | null | undefined): string {
  if (!value) return '—';
  const [y, m, d] = value.slice(0, 10).split('-');
  return y && m && d ? `${d}/${m}/${y}` : value;
}

/** `{{ '2026-11-25' | day }}` → 25/11/2026. */
@Pipe({ name: 'day' })
export class DayPipe implements PipeTransform {
  transform(value: string | null | undefined): string {
    return formatDay(value);
  }
}

/**
 * A timestamp in the user's time zone, day first in both languages like {@link formatDay}: 25/11/2026 14:05
 * (en-US's own order would read 11/25/2026, and 12/02/2026 would be taken for 12 February).
 */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const parts = new Intl.DateTimeFormat('en-GB', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
}

/** `{{ at | dateTime }}` → 25/11/2026 14:05. */
@Pipe({ name: 'dateTime' })
export class DateTimePipe implements PipeTransform {
  transform(value: string | null | undefined): string {
    return formatDateTime(value);
  }
}
