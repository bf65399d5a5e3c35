import { Injectable, Signal, computed, inject, signal } from '@angular/core';

import { Api } from '../api/api';
import { listReferenceItems } from '../api/functions';
import { ReferenceItemDto, ReferenceKind } from '../api/models';
import { LanguageService } from '../core/i18n/language.service';

export const REFERENCE_KINDS: readonly ReferenceKind[] = [
  'Country',
  'Currency',
  'VsicSection',
  'VsicDivision',
  'DacPurpose',
  'Donor',
  'AdministrativeUnit',
  'IndustrialZone',
  'Agency',
];

/** Active reference lists, loaded once per kind and shared by every select and label. */
@Injectable({ providedIn: 'root' })
export class ReferenceData {
  private readonly api = inject(Api);
  private readonly language = inject(LanguageService);
  private readonly lists = new Map<ReferenceKind, ReturnType<typeof signal<ReferenceItemDto[]>>>();

  /** The kind's active items (empty until loaded). */
  items(kind: ReferenceKind): Signal<ReferenceItemDto[]> {
    let list = this.lists.get(kind);
    if (!list) {
      list = signal<ReferenceItemDto[]>([]);
      this.lists.set(kind, list);
      void this.load(kind, list);
    }
    return list.asReadonly();
  }

  /** Options for a select, labelled in the current language and sorted as the catalog says. */
  options(kind: ReferenceKind, filter?: (item: ReferenceItemDto) => boolean) {
    const items = this.items(kind);
    return computed(() => {
      const en = this.language.language() === 'en';
      return items()
        .filter((item) => !filter || filter(item))
        .map((item) => ({ code: item.code, label: en ? item.nameEn || item.nameVi : item.nameVi }));
    });
  }

  /** The name of `code` in the current language; the code itself until the list has loaded. */
  name(kind: ReferenceKind, code: string | null | undefined): string {
    if (!code) return '';
    const item = this.items(kind)().find((i) => i.code === code);
    if (!item) return code;
    return this.language.language() === 'en' ? item.nameEn || item.nameVi : item.nameVi;
  }

  /** Forgets a kind so the next read reloads it (after an admin edit). */
  invalidate(kind: ReferenceKind): void {
    const list = this.lists.get(kind);
    if (list) void this.load(kind, list);
  }

  private async load(kind: ReferenceKind, list: ReturnType<typeof signal<ReferenceItemDto[]>>) {
    const all: ReferenceItemDto[] = [];
    try {
      for (let page = 1; page <= 20; page++) {
        const result = await this.api.invoke(listReferenceItems, { kind, page, pageSize: 200 });
        all.push(...result.items);
        if (all.length >= result.totalCount || result.items.length === 0) break;
      }
    } catch {
      // labels fall back to codes; selects stay empty
    }
    list.set(all);
  }
}
