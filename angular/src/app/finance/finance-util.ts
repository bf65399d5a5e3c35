import { formatNumber, formatPercent } from '@angular/common';
import { computed, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';

import { ProjectDto } from '../api/models';
import { AuthService } from '../core/auth/auth.service';
import { Permissions } from '../core/auth/permission-names';
import { LanguageService } from '../core/i18n/language.service';
import { problemOf } from '../core/http/problem-details';
import { fieldErrors } from '../shared/form-errors';

/** The current year in Vietnam (UTC+7), whatever the browser's zone. */
export function yearInVietnam(now = new Date()): number {
  return new Date(now.getTime() + 7 * 3600_000).getUTCFullYear();
}

/** The years a project's finance can be entered for: its planned period, else five years back to next year. */
export function projectYears(p: Pick<ProjectDto, 'plannedStart' | 'plannedEnd' | 'oda'>, now = yearInVietnam()): number[] {
  const first = Number((p.plannedStart ?? p.oda?.agreementDate ?? '').slice(0, 4)) || now - 5;
  const last = Number((p.plannedEnd ?? '').slice(0, 4)) || Math.max(now + 1, first);
  const years: number[] = [];
  for (let y = Math.min(first, last); y <= Math.max(first, last); y++) years.push(y);
  return years;
}

/** The year to open first: this year if the project runs then, else the nearest year it runs. */
export function defaultYear(years: number[], now = yearInVietnam()): number {
  if (years.includes(now)) return now;
  return years.length ? (now < years[0] ? years[0] : years[years.length - 1]) : now;
}

/** 0.4567 → "45,7 %" (vi) / "45.7%" (en); null → "—". */
export function formatRate(rate: number | null | undefined, culture: string): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '—';
  return formatPercent(rate, culture, '1.1-1');
}

/** Staff, and owners on their own projects (owners only ever see their own), may record finance. */
export function canRecordFinance(): () => boolean {
  const auth = inject(AuthService);
  return computed(() => {
    auth.user();
    return auth.can(Permissions.FinanceEdit);
  });
}

/** Culture-aware number helpers for templates and chart labels. */
export function numbers() {
  const language = inject(LanguageService);
  return {
    culture: language.culture,
    number: (n: number, digits = '1.0-2') => formatNumber(n, language.culture(), digits),
    rate: (r: number | null | undefined) => formatRate(r, language.culture()),
  };
}

/** Field messages and the summary line from a failed save. */
export function saveErrors(e: unknown, transloco: TranslocoService): { fields: Record<string, string>; message: string } {
  const problem = problemOf(e);
  if (problem?.status === 403) {
    return { fields: {}, message: problem.detail ?? transloco.translate('finance.forbidden') };
  }
  const fields = fieldErrors(problem?.errors);
  const message: string = Object.keys(fields).length
    ? transloco.translate('finance.fixFields')
    : (problem?.detail || problem?.title || transloco.translate('common.saveFailed'));
  return { fields, message };
}
