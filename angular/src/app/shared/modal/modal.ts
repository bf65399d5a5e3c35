import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { Icon } from '../icon/icon';

/** A centred dialog over a scrim; the content and the footer buttons are projected. */
@Component({
  selector: 'app-modal',
  imports: [Icon, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown.escape)': 'closed.emit()' },
  template: `
    <div class="scrim" (click)="closed.emit()"></div>
    <div
      class="dialog"
      role="dialog"
      aria-modal="true"
      [attr.aria-label]="title()"
      [style.max-width.px]="width()"
      [attr.data-testid]="testId()"
    >
      <header>
        <h2>{{ title() }}</h2>
        <button type="button" class="close" (click)="closed.emit()" [attr.aria-label]="'common.close' | transloco">
          <app-icon name="close" />
        </button>
      </header>
      <div class="body"><ng-content /></div>
      <footer><ng-content select="[footer]" /></footer>
    </div>
  `,
  styles: `
    :host {
      position: fixed;
      inset: 0;
      z-index: 50;
      display: grid;
      place-items: center;
      padding: 24px;
    }
    .scrim {
      position: absolute;
      inset: 0;
      background: rgb(15 23 42 / 0.4);
    }
    .dialog {
      position: relative;
      width: 100%;
      max-height: calc(100vh - 48px);
      display: flex;
      flex-direction: column;
      border-radius: 12px;
      background: var(--ia-surface);
      box-shadow: var(--ia-shadow-lg);
    }
    header {
      display: flex;
      align-items: center;
      justify-content: space-between;
      padding: 16px 20px 12px;
      border-bottom: 1px solid var(--ia-border);
    }
    h2 {
      margin: 0;
      font-size: 1.0625rem;
      font-weight: 600;
    }
    .close {
      display: grid;
      place-items: center;
      width: 32px;
      height: 32px;
      border: 0;
      border-radius: 6px;
      background: transparent;
      color: var(--ia-text-muted);
      cursor: pointer;
      app-icon {
        width: 18px;
        height: 18px;
      }
      &:hover {
        background: var(--ia-surface-muted);
      }
    }
    .body {
      padding: 16px 20px;
      overflow-y: auto;
    }
    footer {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
      padding: 12px 20px 16px;
      border-top: 1px solid var(--ia-border);
    }
    footer:empty {
      display: none;
    }
  `,
})
export class Modal {
  readonly title = input.required<string>();
  readonly width = input(520);
  readonly testId = input('modal');
  readonly closed = output<void>();
}
