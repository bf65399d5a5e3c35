import { registerLocaleData } from '@angular/common';
import localeVi from '@angular/common/locales/vi';

import { formatDateTime, formatDay, formatMoney } from './money';

registerLocaleData(localeVi, 'vi-VN');

describe('formatMoney', () => {
  it('uses dots for thousands and a comma for decimals in Vietnamese', () => {
    expect(formatMoney(1628890, 'vi-VN', 'USD')).toBe('1.628.890,00 USD');
    expect(formatMoney(-2000000.5, 'vi-VN')).toBe('-2.000.000,50');
  });

  it('uses commas for thousands and a point for decimals in English', () => {
    expect(formatMoney(1628890, 'en-US')).toBe('1,628,890.00');
    expect(formatMoney(1628890, 'en-US', 'USD')).toBe('1,628,890.00 USD');
  });

  it('shows VND without decimals, named, or bare for a column that names it', () => {
    expect(formatMoney(63500000000, 'vi-VN', 'VND')).toBe('63.500.000.000 VND');
    expect(formatMoney(63500000000, 'vi-VN', 'VND', false)).toBe('63.500.000.000');
    expect(formatMoney(22670000, 'en-US', 'vnd')).toBe('22,670,000 VND');
  });

  it('shows a dash for a missing amount', () => {
    expect(formatMoney(null, 'vi-VN')).toBe('—');
  });
});

describe('formatDay', () => {
  it('writes dates as dd/MM/yyyy', () => {
    expect(formatDay('2026-01-15')).toBe('15/01/2026');
    expect(formatDay(null)).toBe('—');
  });
});

describe('formatDateTime', () => {
  it('writes the day first in every language, never the US month-first order', () => {
    const at = new Date(2026, 1, 12, 9, 5).toISOString();
    expect(formatDateTime(at)).toBe('12/02/2026 09:05');
    expect(formatDateTime(null)).toBe('—');
  });
});
