import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  forwardRef,
  inject,
  input,
  model,
  signal,
  viewChild,
} from '@angular/core';
import { ControlValueAccessor, NG_VALUE_ACCESSOR } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';

import { LanguageService } from '../../core/i18n/language.service';
import { Icon } from '../icon/icon';

/** "15/01/2026", "15-1-2026", "15.01.2026" or "2026-01-15" → "2026-01-15"; null when it is no real date. */
export function parseDay(text: string): string | null {
  const t = text.trim();
  let d: number, m: number, y: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (match) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
    if (!match) return null;
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 1000) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "2026-01-15" → "15/01/2026": day first in both languages, as the province writes dates. */
export function showDay(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return y && m && d ? `${d}/${m}/${y}` : iso;
}

/**
 * The one date field of the app: typed as dd/MM/yyyy (ISO yyyy-MM-dd is accepted too) in both
 * languages, whatever the browser's locale, with a calendar button (the browser's own picker).
 * In English the date is also spelled out ("15 Jan 2026") so day and month cannot be confused.
 * Works as a form control (formControlName) or with [value]/(valueChange); the value is ISO or null.
 */
@Component({
  selector: 'app-date-input',
  imports: [TranslocoPipe, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => DateInput), multi: true }],
  template: `
    <span class="box" [class.invalid]="invalid()">
      <input
        type="text"
        inputmode="numeric"
        autocomplete="off"
        [id]="inputId()"
        [attr.data-testid]="testId()"
        [attr.aria-label]="ariaLabel()"
        [attr.aria-describedby]="inputId() ? inputId() + '-hint' : null"
        [attr.aria-invalid]="invalid() || null"
        [placeholder]="'dateInput.placeholder' | transloco"
        [value]="text()"
        [disabled]="disabled()"
        (input)="typed($any($event.target).value)"
        (blur)="touched()"
      />
      <button type="button" class="pick" (click)="openPicker()" [disabled]="disabled()" [attr.aria-label]="'dateInput.calendar' | transloco">
        <app-icon name="calendar" />
      </button>
      <input #picker class="native" type="date" tabindex="-1" aria-hidden="true" [value]="value() ?? ''" (change)="picked($any($event.target).value)" />
    </span>
    <span class="hint" [id]="inputId() ? inputId() + '-hint' : null">
      @if (invalid()) { {{ 'dateInput.invalid' | transloco }} } @else if (spelled(); as s) { {{ s }} }
    </span>
  `,
  styles: `
    :host { display: flex; flex-direction: column; gap: 2px; min-width: 0; max-width: 100%; }
    .box { position: relative; display: flex; align-items: stretch; min-width: 0; }
    .box input[type='text'] { flex: 1 1 auto; min-width: 12ch; width: 100%; padding-right: 36px; }
    .pick app-icon { display: block; width: 18px; height: 18px; }
    .box.invalid input[type='text'] { border-color: #b42318; }
    .pick { position: absolute; right: 2px; top: 50%; transform: translateY(-50%); display: grid; place-items: center; width: 32px; height: 32px; border: 0; background: transparent; padding: 0; cursor: pointer; color: var(--ia-text-muted, inherit); }
    .native { position: absolute; right: 0; bottom: 0; width: 1px; height: 1px; opacity: 0; pointer-events: none; border: 0; padding: 0; }
    .hint { font-size: 12px; color: var(--ia-muted, #5b6577); min-height: 0; }
    .hint:empty { display: none; }
  `,
})
export class DateInput implements ControlValueAccessor {
  private readonly language = inject(LanguageService);
  readonly inputId = input<string>('');
  readonly testId = input<string | null>(null);
  readonly ariaLabel = input<string | null>(null);
  /** ISO date (yyyy-MM-dd) or null. */
  readonly value = model<string | null | undefined>(null);

  private readonly picker = viewChild.required<ElementRef<HTMLInputElement>>('picker');
  protected readonly draft = signal<string | null>(null);
  protected readonly disabled = signal(false);
  protected readonly text = computed(() => this.draft() ?? showDay(this.value()));
  protected readonly invalid = computed(() => {
    const d = this.draft();
    return d !== null && d.trim() !== '' && parseDay(d) === null;
  });
  protected readonly spelled = computed(() => {
    const v = this.value();
    if (!v || this.language.language() !== 'en') return null;
    const [y, m, d] = v.split('-').map(Number);
    return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
  });

  private onChange: (v: string | null) => void = () => undefined;
  protected touched: () => void = () => undefined;

  protected typed(text: string): void {
    this.draft.set(text);
    const iso = text.trim() === '' ? null : parseDay(text);
    if (iso !== null || text.trim() === '') this.set(iso);
  }

  protected picked(iso: string): void {
    this.draft.set(null);
    this.set(iso || null);
  }

  protected openPicker(): void {
    const el = this.picker().nativeElement;
    try {
      el.showPicker();
    } catch {
      el.focus();
    }
  }

  private set(iso: string | null): void {
    if (iso === this.value()) return;
    this.value.set(iso);
    this.onChange(iso);
  }

  writeValue(value: string | null): void {
    this.draft.set(null);
    this.value.set(value ? value.slice(0, 10) : null);
  }
  registerOnChange(fn: (v: string | null) => void): void {
    this.onChange = fn;
  }
  registerOnTouched(fn: () => void): void {
    this.touched = fn;
  }
  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }
}
