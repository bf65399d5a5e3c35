import { Injectable } from '@angular/core';
import { Translation, TranslocoLoader } from '@jsverse/transloco';

/**
 * Loads the translation files as lazily imported bundle chunks: they get content hashes like
 * the rest of the build (no stale cache after a deploy) and never pass through the HTTP
 * interceptors of the API.
 */
@Injectable({ providedIn: 'root' })
export class TranslationLoader implements TranslocoLoader {
  getTranslation(lang: string): Promise<Translation> {
    switch (lang) {
      // Scoped files (provideTranslocoScope) keep a feature's texts out of the shared ones.
      case 'procedures/en':
        return import('../../../assets/i18n/procedures/en.json').then((m) => m.default);
      case 'procedures/vi':
        return import('../../../assets/i18n/procedures/vi.json').then((m) => m.default);
      case 'en':
        return import('../../../assets/i18n/en.json').then((m) => m.default);
      default:
        return import('../../../assets/i18n/vi.json').then((m) => m.default);
    }
  }
}
