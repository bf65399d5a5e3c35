import { Injectable, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';

import { LanguageService } from '../core/i18n/language.service';
import { ReferenceData } from './reference-data';

/**
 * The one place that turns the codes the API stores into the names people read: reference
 * categories, procedures, VSIC sectors, DAC purposes (code and name), jobs. A code without a name
 * is shown as itself, never as a translation key.
 */
@Injectable({ providedIn: 'root' })
export class CodeNames {
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly refs = inject(ReferenceData);

  /** A reference item's category ("Province" → "Tỉnh"). */
  category(code: string | null | undefined): string {
    return this.named(`reference.categories.${code}`, code);
  }

  /** A procedure's name by its key ("ngo-aid-approval" → "Phê duyệt viện trợ phi chính phủ"). */
  procedure(key: string | null | undefined): string {
    return this.named(`procedures.procedureName.${key}`, key);
  }

  /** A DAC CRS purpose: "12230 — Cơ sở hạ tầng y tế cơ bản". */
  dac(code: string | null | undefined): string {
    if (!code) return '—';
    const name = this.refs.name('DacPurpose', code);
    return name && name !== code ? `${code} — ${name}` : code;
  }

  /** A VSIC section or division by its code. */
  sector(code: string | null | undefined): string {
    if (!code) return '—';
    return this.refs.name(code.length <= 1 ? 'VsicSection' : 'VsicDivision', code);
  }

  private named(key: string, code: string | null | undefined): string {
    if (!code) return '—';
    this.language.language();
    const text = this.transloco.translate(key);
    return text && text !== key ? text : code;
  }
}
