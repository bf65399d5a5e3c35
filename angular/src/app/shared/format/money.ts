import { formatNumber } from '@angular/common';
import { Pipe, PipeTransform, inject } from '@angular/core';

import { LanguageService } from '../../core/i18n/language.service';

/**
 * Money in the user's culture with two decimals, as DecimalPipe formats it:
 * vi-VN → "1.628.890,00 USD", en-US → "1,628,890.00 USD". The currency code, when given, follows.
 */
export function formatMoney(
  value: number | null | undefined,
  culture: string,
  currency?: string | null,
): string {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return '—';
  }
  const number = formatNumber(value, culture, '1.2-2');
  return currency ? `${number} ${currency}` : number;
}

/** `{{ amount | money: 'USD' }}`; impure so it follows a language switch. */
@Pipe({ name: 'money', pure: false })
export class MoneyPipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(value: number | null | undefined, currency?: string | null): string {
    return formatMoney(value, this.language.culture(), currency);
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

/** A timestamp in the user's time zone: 25/11/2026 14:05. */
@Pipe({ name: 'dateTime', pure: false })
export class DateTimePipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(value: string | null | undefined): string {
    if (!value) return '—';
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return value;
    return new Intl.DateTimeFormat(this.language.culture(), {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    }).format(date);
  }
}
