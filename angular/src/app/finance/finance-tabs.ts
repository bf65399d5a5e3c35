import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { ProjectDto, ProjectKind } from '../api/models';
import { ImplementedCapitalTab } from './implemented-capital-tab';
import { NgoReceiptsTab } from './ngo-receipts-tab';
import { OdaDisbursementsTab } from './oda-disbursements-tab';
import { OdaPlansTab } from './oda-plans-tab';

export const FINANCE_TABS = ['plans', 'disbursements', 'receipts', 'implemented'] as const;
export type FinanceTab = (typeof FINANCE_TABS)[number];

/** The finance tabs a project of this kind has on its page. */
export function financeTabsFor(kind: ProjectKind | null | undefined): FinanceTab[] {
  switch (kind) {
    case 'Oda':
    case 'ConcessionalLoan':
      return ['plans', 'disbursements'];
    case 'NgoAid':
      return ['receipts'];
    case 'Fdi':
      return ['implemented'];
    default:
      return [];
  }
}

/** The body of one finance tab of the project page (nothing when the kind has no such tab). */
@Component({
  selector: 'app-finance-tabs',
  imports: [OdaPlansTab, OdaDisbursementsTab, NgoReceiptsTab, ImplementedCapitalTab],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (allowed()) {
      @switch (tab()) {
        @case ('plans') { <app-oda-plans-tab [project]="project()" /> }
        @case ('disbursements') { <app-oda-disbursements-tab [project]="project()" /> }
        @case ('receipts') { <app-ngo-receipts-tab [project]="project()" /> }
        @case ('implemented') { <app-implemented-capital-tab [project]="project()" /> }
      }
    }
  `,
})
export class FinanceTabs {
  readonly tab = input.required<FinanceTab>();
  readonly project = input.required<ProjectDto>();
  protected readonly allowed = computed(() => financeTabsFor(this.project().kind).includes(this.tab()));
}
