import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import { Icon } from '../icon/icon';
import { IconName } from '../icon/icons';

/** What a list or page shows while it has nothing yet: icon, title, one sentence. */
@Component({
  selector: 'app-empty-state',
  imports: [Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'data-testid': 'empty-state' },
  template: `
    <div class="badge"><app-icon [name]="icon()" [strokeWidth]="1.75" /></div>
    <h2 class="title" data-testid="empty-state-title">{{ title() }}</h2>
    <p class="text">{{ text() }}</p>
    <ng-content />
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: center;
      text-align: center;
      padding: 56px 24px 64px;
    }
    .badge {
      display: grid;
      place-items: center;
      width: 72px;
      height: 72px;
      margin-bottom: 20px;
      border-radius: 50%;
      background: var(--ia-primary-soft);
      color: var(--ia-primary);
      box-shadow: 0 0 0 8px var(--ia-primary-softer);
    }
    .badge app-icon {
      width: 32px;
      height: 32px;
    }
    .title {
      margin: 0 0 8px;
      font-size: 1.125rem;
      font-weight: 600;
      color: var(--ia-text);
    }
    .text {
      max-width: 440px;
      margin: 0;
      color: var(--ia-text-muted);
      line-height: 1.6;
    }
  `,
})
export class EmptyState {
  readonly icon = input.required<IconName>();
  readonly title = input.required<string>();
  readonly text = input.required<string>();
}
