import { Injectable, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';

const PRODUCT = 'InvestAid';

/** Route titles are translation keys; the tab reads "Dự án · InvestAid" and follows the language. */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private key: string | undefined;

  constructor() {
    super();
    this.transloco.events$.subscribe((event) => {
      if (event.type === 'langChanged' || event.type === 'translationLoadSuccess') {
        this.apply();
      }
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.key = this.buildTitle(snapshot);
    this.apply();
  }

  private apply(): void {
    const text = this.key ? this.transloco.translate(this.key) : '';
    this.title.setTitle(text && text !== this.key ? `${text} · ${PRODUCT}` : PRODUCT);
  }
}
