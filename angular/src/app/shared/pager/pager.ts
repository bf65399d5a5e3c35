import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { Icon } from '../icon/icon';

/**
 * The one pager of the app: named previous/next buttons (a screen reader hears "Trang sau", not an
 * empty button), "Trang 2 / 7 · 130 mục", and the view taken back to the top of the list on a change.
 */
@Component({
  selector: 'app-pager',
  imports: [Icon, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="pager" [attr.aria-label]="'pager.label' | transloco">
      <button
        type="button"
        class="btn small"
        [disabled]="page() <= 1 || busy()"
        (click)="go(page() - 1)"
        [attr.data-testid]="testId() + '-prev'"
        [attr.aria-label]="'pager.previous' | transloco"
        [title]="'pager.previous' | transloco"
      >
        <app-icon name="chevronLeft" />
      </button>
      <span class="where" [attr.data-testid]="testId() + '-page'" aria-live="polite">
        @if (total() !== null) {
          {{ 'pager.pageOfTotal' | transloco: { page: page(), pages: pages(), total: total() } }}
        } @else {
          {{ 'pager.pageOf' | transloco: { page: page(), pages: pages() } }}
        }
      </span>
      <button
        type="button"
        class="btn small"
        [disabled]="page() >= pages() || busy()"
        (click)="go(page() + 1)"
        [attr.data-testid]="testId() + '-next'"
        [attr.aria-label]="'pager.next' | transloco"
        [title]="'pager.next' | transloco"
      >
        <app-icon name="chevronRight" />
      </button>
    </nav>
  `,
  styles: `
    .pager {
      display: flex;
      gap: 8px;
      align-items: center;
      justify-content: flex-end;
      flex-wrap: wrap;
      padding: 12px 16px;
    }
    .where {
      color: var(--ia-text-muted);
      font-size: 13px;
    }
  `,
})
export class Pager {
  readonly page = input.required<number>();
  readonly pages = input.required<number>();
  /** Number of items over all pages, when the list knows it. */
  readonly total = input<number | null>(null);
  readonly busy = input(false);
  /** Prefix of the buttons' and the position's test ids. */
  readonly testId = input('pager');
  readonly pageChange = output<number>();

  protected go(page: number): void {
    if (page < 1 || page > this.pages()) return;
    this.pageChange.emit(page);
    // The list is read from the top: the next page starts there, not at the pager at the bottom.
    globalThis.scrollTo?.({ top: 0 });
    document.querySelector('main')?.scrollTo?.({ top: 0 });
  }
}
