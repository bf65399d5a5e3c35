import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import type { ECElementEvent, EChartsCoreOption } from 'echarts/core';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';

/** An ECharts canvas; echarts itself is loaded on first use, in its own chunk. */
@Component({
  selector: 'app-chart',
  imports: [NgxEchartsDirective],
  providers: [provideEchartsCore({ echarts: () => import('./echarts-core').then((m) => m.echarts) })],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div
    echarts
    class="chart"
    [options]="options()"
    [style.height.px]="height()"
    [attr.aria-label]="label()"
    role="img"
    (chartClick)="pick.emit($event)"
    (chartFinished)="rendered.set(true)"
    [attr.data-rendered]="rendered()"
  ></div>`,
  styles: `
    :host {
      display: block;
    }
    .chart {
      width: 100%;
    }
  `,
})
export class Chart {
  readonly options = input.required<EChartsCoreOption>();
  readonly height = input(320);
  readonly label = input('');
  readonly pick = output<ECElementEvent>();
  protected readonly rendered = signal(false);
}
