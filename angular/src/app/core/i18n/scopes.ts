import { ProviderScope, Translation } from '@jsverse/transloco';

type JsonModule = { default: Translation };
const pick = (m: JsonModule) => m.default;

/*
 * Feature texts live in scoped files (assets/i18n/<scope>/<lang>.json), loaded with the feature's
 * chunk; keys read as '<scope>.key'.
 */
export const FINANCE_SCOPE: ProviderScope = {
  scope: 'finance',
  loader: {
    vi: () => import('../../../assets/i18n/finance/vi.json').then(pick),
    en: () => import('../../../assets/i18n/finance/en.json').then(pick),
  },
};

export const NOTIFICATIONS_SCOPE: ProviderScope = {
  scope: 'notifications',
  loader: {
    vi: () => import('../../../assets/i18n/notifications/vi.json').then(pick),
    en: () => import('../../../assets/i18n/notifications/en.json').then(pick),
  },
};

export const DASHBOARD_SCOPE: ProviderScope = {
  scope: 'dashboard',
  loader: {
    vi: () => import('../../../assets/i18n/dashboard/vi.json').then(pick),
    en: () => import('../../../assets/i18n/dashboard/en.json').then(pick),
  },
};

export const REVIEW_SCOPE: ProviderScope = {
  scope: 'review',
  loader: {
    vi: () => import('../../../assets/i18n/review/vi.json').then(pick),
    en: () => import('../../../assets/i18n/review/en.json').then(pick),
  },
};

export const LEGAL_SCOPE: ProviderScope = {
  scope: 'legal',
  loader: {
    vi: () => import('../../../assets/i18n/legal/vi.json').then(pick),
    en: () => import('../../../assets/i18n/legal/en.json').then(pick),
  },
};
