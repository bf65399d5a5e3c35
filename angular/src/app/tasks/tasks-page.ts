import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { EmptyState } from '../shared/empty-state/empty-state';

@Component({
  selector: 'app-tasks-page',
  imports: [TranslocoPipe, EmptyState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <h1 data-testid="page-title">{{ 'pages.tasks.title' | transloco }}</h1>
    </header>
    <section class="panel">
      <app-empty-state
        icon="tasks"
        [title]="'pages.tasks.emptyTitle' | transloco"
        [text]="'pages.tasks.emptyText' | transloco"
      />
    </section>
  `,
})
export class TasksPage {}
