import { DOCUMENT } from '@angular/common';
import { Injectable, computed, inject, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { filter } from 'rxjs/operators';
import { firstValueFrom } from 'rxjs';

import { CULTURES, DEFAULT_LANGUAGE, Language, isLanguage } from './languages';

export const LANGUAGE_STORAGE_KEY = 'investaid.lang';

/** The chosen interface language: kept in localStorage and mirrored on <html lang>. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);

  private readonly current = signal<Language>(this.readStored());
  readonly language = this.current.asReadonly();
  readonly culture = computed(() => CULTURES[this.current()]);
  private readonly loads = signal(0);
  /**
   * Changes each time a translation file (a feature's scope included) has loaded. Code that
   * translates outside a template (chart labels) reads it, so it translates again once the texts
   * are there instead of keeping the raw key.
   */
  readonly loaded = this.loads.asReadonly();

  constructor() {
    this.transloco.events$
      .pipe(filter((e) => e.type === 'translationLoadSuccess'))
      // A load can finish while a template renders (the pipe asked for it): count it just after.
      .subscribe(() => queueMicrotask(() => this.loads.update((n) => n + 1)));
    this.apply(this.current());
  }

  /** Loads the active language's texts; the app waits for it so nothing flashes untranslated. */
  async ready(): Promise<void> {
    await firstValueFrom(this.transloco.load(this.current()));
  }

  async use(language: Language): Promise<void> {
    this.current.set(language);
    this.store(language);
    await firstValueFrom(this.transloco.load(language));
    this.apply(language);
  }

  private apply(language: Language): void {
    this.transloco.setActiveLang(language);
    this.document.documentElement.lang = language;
  }

  private readStored(): Language {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(LANGUAGE_STORAGE_KEY);
      return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
    } catch {
      return DEFAULT_LANGUAGE; // storage disabled by browser policy
    }
  }

  private store(language: Language): void {
    try {
      this.document.defaultView?.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // storage disabled: the choice lasts for this page only
    }
  }
}
