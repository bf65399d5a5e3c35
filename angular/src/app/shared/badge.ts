import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

const STATUS_TONES: Record<string, string> = {
  Draft: 'grey',
  Submitted: 'blue',
  UnderReview: 'amber',
  Approved: 'green',
  Rejected: 'red',
  Returned: 'orange',
  Active: 'teal',
  Completed: 'violet',
  Terminated: 'dark',
};
const KIND_TONES: Record<string, string> = {
  Fdi: 'blue',
  Oda: 'teal',
  ConcessionalLoan: 'violet',
  NgoAid: 'orange',
  DomesticInvestment: 'grey',
};

/** A project status or kind as a coloured pill with its translated label. */
@Component({
  selector: 'app-badge',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span
    class="pill"
    [class]="'pill tone-' + tone()"
    [attr.data-testid]="type() + '-badge'"
    [attr.data-value]="value()"
    >{{ 'projects.' + type() + '.' + value() | transloco }}</span
  >`,
})
export class Badge {
  readonly type = input.required<'status' | 'kind'>();
  readonly value = input.required<string | null | undefined>();

  protected tone(): string {
    const tones = this.type() === 'status' ? STATUS_TONES : KIND_TONES;
    return tones[this.value() ?? ''] ?? 'grey';
  }
}
