import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { LanguageService } from '../../core/i18n/language.service';
import { LANGUAGES, Language } from '../../core/i18n/languages';

/** Vietnamese / English toggle; each option is labelled in its own language. */
@Component({
  selector: 'app-language-switch',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="switch"
      role="group"
      [attr.aria-label]="'language.label' | transloco"
      data-testid="language-switch"
    >
      @for (lang of languages; track lang) {
        <button
          type="button"
          [class.active]="lang === language.language()"
          [attr.aria-pressed]="lang === language.language()"
          [attr.lang]="lang"
          [attr.data-testid]="'lang-' + lang"
          (click)="choose(lang)"
        >
          {{ labels[lang] }}
        </button>
      }
    </div>
  `,
  styles: `
    .switch {
      display: inline-flex;
      padding: 2px;
      border: 1px solid var(--ia-border);
      border-radius: 8px;
      background: var(--ia-surface-muted);
    }
    button {
      padding: 5px 10px;
      border: 0;
      border-radius: 6px;
      background: transparent;
      color: var(--ia-text-muted);
      font: inherit;
      font-size: 0.8125rem;
      font-weight: 500;
      cursor: pointer;
      white-space: nowrap;
    }
    button:hover {
      color: var(--ia-text);
    }
    button.active {
      background: var(--ia-surface);
      color: var(--ia-primary);
      box-shadow: 0 1px 2px rgb(15 23 42 / 0.12);
    }
  `,
})
export class LanguageSwitch {
  protected readonly language = inject(LanguageService);
  protected readonly languages = LANGUAGES;
  /** Each name in its own language, so a user who cannot read the current one finds theirs. */
  protected readonly labels: Record<Language, string> = { vi: 'Tiếng Việt', en: 'English' };

  protected choose(lang: Language): void {
    void this.language.use(lang);
  }
}
