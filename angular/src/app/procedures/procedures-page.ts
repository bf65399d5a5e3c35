import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { EmptyState } from '../shared/empty-state/empty-state';

@Component({
  selector: 'app-procedures-page',
  imports: [TranslocoPipe, EmptyState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <h1 data-testid="page-title">{{ 'pages.procedures.title' | transloco }}</h1>
    </header>
    <section class="panel">
      <app-empty-state
        icon="procedures"
        [title]="'pages.procedures.emptyTitle' | transloco"
        [text]="'pages.procedures.emptyText' | transloco"
      />
    </section>
  `,
})
export class ProceduresPage {}
