import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { Api } from '../../api/api';
import { createReferenceItem, listReferenceItems, updateReferenceItem } from '../../api/functions';
import { PagedResultOfReferenceItemDto, ReferenceItemDto, ReferenceKind } from '../../api/models';
import { ifMatch } from '../../core/http/if-match';
import { problemOf } from '../../core/http/problem-details';
import { fieldErrors } from '../../shared/form-errors';
import { DayPipe } from '../../shared/format/money';
import { Icon } from '../../shared/icon/icon';
import { Modal } from '../../shared/modal/modal';
import { REFERENCE_KINDS, ReferenceData } from '../../shared/reference-data';
import { DateInput } from '../../shared/date-input/date-input';
import { CodeNames } from '../../shared/code-names';
import { Pager } from '../../shared/pager/pager';
import { ReferenceConsts } from '../../shared/limits';

const PAGE_SIZE = 50;

/** Admins maintain the shared reference lists: pick a list, search, page, add and edit items. */
@Component({
  selector: 'app-reference-admin-page',
  imports: [DateInput, ReactiveFormsModule, RouterLink, TranslocoPipe, DayPipe, Icon, Modal, Pager],
  templateUrl: './reference-admin-page.html',
  styleUrl: './reference-admin-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReferenceAdminPage {
  protected readonly names = inject(CodeNames);
  private readonly api = inject(Api);
  private readonly transloco = inject(TranslocoService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly refs = inject(ReferenceData);

  protected readonly kinds = REFERENCE_KINDS;
  protected readonly kind = signal<ReferenceKind>('Country');
  protected readonly q = signal('');
  protected readonly page = signal(1);
  protected readonly result = signal<PagedResultOfReferenceItemDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly totalPages = computed(() => {
    const r = this.result();
    return r ? Math.max(1, Math.ceil(r.totalCount / r.pageSize)) : 1;
  });

  protected readonly editing = signal<ReferenceItemDto | 'new' | null>(null);
  protected readonly saving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly conflict = signal(false);
  protected readonly serverErrors = signal<Record<string, string>>({});
  protected readonly form = this.fb.group({
    code: ['', [Validators.required, Validators.maxLength(ReferenceConsts.maxCodeLength)]],
    nameVi: ['', [Validators.required, Validators.maxLength(ReferenceConsts.maxNameLength)]],
    nameEn: ['', Validators.maxLength(ReferenceConsts.maxNameLength)],
    parentCode: [''],
    category: [''],
    effectiveFrom: [''],
    effectiveTo: [''],
    sortOrder: [0],
    isActive: [true],
  });

  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    try {
      this.result.set(
        await this.api.invoke(listReferenceItems, {
          kind: this.kind(),
          q: this.q() || undefined,
          includeInactive: true,
          page: this.page(),
          pageSize: PAGE_SIZE,
        }),
      );
    } catch {
      this.result.set(null);
    } finally {
      this.loading.set(false);
    }
  }

  protected chooseKind(kind: string): void {
    this.kind.set(kind as ReferenceKind);
    this.page.set(1);
    void this.load();
  }

  protected search(value: string): void {
    this.q.set(value);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.page.set(1);
      void this.load();
    }, 300);
  }

  protected goTo(page: number): void {
    this.page.set(page);
    void this.load();
  }

  protected open(item: ReferenceItemDto | 'new'): void {
    this.formError.set(null);
    this.conflict.set(false);
    this.serverErrors.set({});
    const i = item === 'new' ? null : item;
    this.form.reset({
      code: i?.code ?? '',
      nameVi: i?.nameVi ?? '',
      nameEn: i?.nameEn ?? '',
      parentCode: i?.parentCode ?? '',
      category: i?.category ?? '',
      effectiveFrom: i?.effectiveFrom ?? '',
      effectiveTo: i?.effectiveTo ?? '',
      sortOrder: i?.sortOrder ?? 0,
      isActive: i?.isActive ?? true,
    });
    if (i) this.form.controls.code.disable();
    else this.form.controls.code.enable();
    this.editing.set(item);
  }

  protected error(field: string): string | null {
    const server = this.serverErrors()[field];
    if (server) return server;
    const c = this.form.get(field);
    if (c?.invalid && c.touched) {
      return this.transloco.translate(c.errors?.['required'] ? 'validation.required' : 'validation.tooLong');
    }
    if (field === 'effectiveTo' && this.endBeforeStart()) {
      return this.transloco.translate('validation.endBeforeStart');
    }
    return null;
  }

  private endBeforeStart(): boolean {
    const { effectiveFrom, effectiveTo } = this.form.getRawValue();
    return !!effectiveFrom && !!effectiveTo && effectiveTo < effectiveFrom;
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.endBeforeStart()) return;
    const editing = this.editing();
    if (!editing) return;
    const v = this.form.getRawValue();
    const body = {
      code: v.code.trim(),
      nameVi: v.nameVi.trim(),
      nameEn: v.nameEn.trim() || null,
      parentCode: v.parentCode.trim() || null,
      category: v.category.trim() || null,
      effectiveFrom: v.effectiveFrom || null,
      effectiveTo: v.effectiveTo || null,
      sortOrder: Number(v.sortOrder) || 0,
      isActive: v.isActive,
    };
    this.saving.set(true);
    this.formError.set(null);
    try {
      if (editing === 'new') {
        await this.api.invoke(createReferenceItem, { kind: this.kind(), body });
      } else {
        await this.api.invoke(updateReferenceItem, { kind: this.kind(), id: editing.id, body }, ifMatch(editing.version));
      }
      this.editing.set(null);
      this.refs.invalidate(this.kind());
      await this.load();
    } catch (e) {
      const problem = problemOf(e);
      if (problem?.status === 412) {
        this.conflict.set(true);
      } else {
        this.serverErrors.set(fieldErrors(problem?.errors));
        this.formError.set(problem?.detail ?? problem?.title ?? this.transloco.translate('common.saveFailed'));
      }
    } finally {
      this.saving.set(false);
    }
  }

  /** After a 412: reload the item as it is now and keep editing from there. */
  protected async reloadEditing(): Promise<void> {
    const editing = this.editing();
    await this.load();
    if (editing && editing !== 'new') {
      const fresh = this.result()?.items.find((i) => i.id === editing.id);
      if (fresh) this.open(fresh);
    }
  }
}
