import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { LanguageService } from '../../core/i18n/language.service';
import { formatDay } from '../format/money';

/** A legal basis read as a citation: the document, its article(s), and whether the figure is still unconfirmed. */
export interface LegalCitation {
  /** "Nghị định 80/2020/NĐ-CP" */
  documentVi: string;
  /** "Decree 80/2020/ND-CP" (from the text's English gloss, else derived from the number) */
  documentEn: string;
  /** "Điều 8, 9(3)" → articles ["8", "9(3)"] as written after "Điều". */
  articles: string | null;
  unconfirmed: boolean;
  /** The whole note as stored, for the tooltip. */
  note: string;
}

const DOCUMENT = /(Nghị định|Luật Đầu tư|Luật|Thông tư|Quyết định)\s+(\d+\/\d{4}\/[A-ZĐ0-9-]+|\d+\/\d{4}|\d{4})/u;
const ENGLISH_KIND: Record<string, string> = {
  'Nghị định': 'Decree',
  'Luật Đầu tư': 'Law on Investment',
  Luật: 'Law',
  'Thông tư': 'Circular',
  'Quyết định': 'Decision',
};

/** Reads the stored legal-basis text of a procedure version into a citation; null when it names no document. */
export function parseLegalBasis(text: string | null | undefined): LegalCitation | null {
  if (!text) return null;
  const doc = DOCUMENT.exec(text);
  if (!doc) return null;
  const documentVi = `${doc[1]} ${doc[2]}`;
  const gloss = /\((Decree|Law on Investment|Law|Circular|Decision)\s+([^),;]+)/.exec(text);
  const documentEn = gloss ? `${gloss[1]} ${gloss[2].trim()}` : `${ENGLISH_KIND[doc[1]] ?? doc[1]} ${doc[2].replace('NĐ-CP', 'ND-CP')}`;
  // Articles of this document only: the sentence that names it (a later sentence may cite another text).
  const sentence = text.slice(doc.index).split(/[.;](?:\s|$)/u)[0];
  const article = /Điều\s+([0-9][0-9()\-, ]*[0-9)])/u.exec(sentence);
  return {
    documentVi,
    documentEn,
    articles: article ? article[1].trim() : null,
    unconfirmed: /chưa xác nhận|unconfirmed/iu.test(text),
    note: text,
  };
}

/**
 * The legal basis of a procedure as a citation — document, article, effective dates — with an
 * "unconfirmed" badge whose tooltip explains, instead of the stored free-text note.
 */
@Component({
  selector: 'app-legal-citation',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (citation(); as c) {
      <span class="cite" data-testid="legal-citation">
        <cite>{{ en() ? c.documentEn : c.documentVi }}</cite>
        @if (c.articles) { <span>, {{ 'legal.article' | transloco: { n: c.articles } }}</span> }
        @if (from() || to()) {
          <span class="muted"> · {{ 'legal.effective' | transloco: { from: day(from()), to: to() ? day(to()) : ('legal.open' | transloco) } }}</span>
        }
        @if (c.unconfirmed) {
          <span class="badge" tabindex="0" role="note" [attr.title]="c.note" [attr.aria-label]="('legal.unconfirmedHint' | transloco) + ' ' + c.note" data-testid="legal-unconfirmed">
            {{ 'legal.unconfirmed' | transloco }}
          </span>
        }
      </span>
    } @else if (text()) {
      <span class="muted">{{ 'legal.none' | transloco }}</span>
    }
  `,
  styles: `
    cite { font-style: normal; font-weight: 600; }
    .badge { display: inline-block; margin-left: 8px; padding: 1px 8px; border-radius: 999px; background: #fff4e5; color: #8a4b00; font-size: 0.75rem; cursor: help; }
  `,
})
export class LegalCitationView {
  private readonly language = inject(LanguageService);
  readonly text = input<string | null | undefined>(null);
  readonly from = input<string | null | undefined>(null);
  readonly to = input<string | null | undefined>(null);
  protected readonly citation = computed(() => parseLegalBasis(this.text()));
  protected readonly en = computed(() => this.language.language() === 'en');
  protected day(v: string | null | undefined): string {
    return formatDay(v);
  }
}
