import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { Api } from '../../api/api';
import { getWorkflowDefinitionStatistics, getWorkflowDefinitionXml } from '../../api/functions';
import { DefinitionStatisticsDto } from '../../api/models';
import { LanguageService } from '../../core/i18n/language.service';
import { problemOf } from '../../core/http/problem-details';
import { xmlText } from '../../procedures/blank-diagram';
import { BpmnDiagram, DiagramOverlay } from '../../procedures/diagram/bpmn-diagram';
import { DateInput } from '../../shared/date-input/date-input';
import { Icon } from '../../shared/icon/icon';
import { HEAT_LEVELS, formatDuration, formatHours, heatBounds, heatLevels } from './step-durations';

/**
 * One procedure version in the cockpit: its diagram with, per element, the tokens standing there (blue) and the open incidents
 * (red), the steps coloured by their 90th-percentile time (the heat map that shows which step or consulted agency is slow), and
 * the table of steps with median and 90th percentile over the chosen period.
 */
@Component({
  selector: 'app-definition-heatmap-page',
  imports: [TranslocoPipe, RouterLink, Icon, BpmnDiagram, DateInput],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back" routerLink="/admin/operations"><app-icon name="arrowLeft" /> {{ 'operations.title' | transloco }}</a>
    <header class="page-header">
      <div class="key">{{ 'operations.heat.version' | transloco: { version: version() } }}</div>
      <h1 data-testid="page-title">{{ stats()?.procedureName ?? key() }}</h1>
      <p>{{ 'operations.heat.subtitle' | transloco }}</p>
    </header>

    <form class="panel period" (submit)="$event.preventDefault(); load()">
      <div class="field">
        <label for="heat-from">{{ 'operations.heat.from' | transloco }}</label>
        <app-date-input inputId="heat-from" testId="heat-from" [(value)]="from" />
      </div>
      <div class="field">
        <label for="heat-to">{{ 'operations.heat.to' | transloco }}</label>
        <app-date-input inputId="heat-to" testId="heat-to" [(value)]="to" />
      </div>
      @if (stats(); as s) {
        @if (s.versions.length > 1) {
          <div class="field">
            <span class="label">{{ 'operations.heat.otherVersions' | transloco }}</span>
            <span class="versions">
              @for (v of s.versions; track v) {
                @if (v === s.version) { <strong>{{ v }}</strong> } @else { <a [routerLink]="['/admin/operations/definitions', s.key, v]">{{ v }}</a> }
              }
            </span>
          </div>
        }
      }
      <button type="submit" class="btn primary" [disabled]="loading()" data-testid="heat-apply">
        @if (loading()) { <span class="spinner"></span> } {{ 'operations.heat.apply' | transloco }}
      </button>
    </form>

    @if (error(); as m) { <div class="alert" role="alert" data-testid="heat-error"><app-icon name="alert" /><span>{{ m }}</span></div> }

    @if (stats(); as s) {
      <section class="panel summary" data-testid="heat-summary">
        <span>{{ 'operations.heat.unfinished' | transloco: { n: s.runningInstances } }}</span>
        <span>{{ 'operations.heat.tokens' | transloco: { n: totalTokens() } }}</span>
        <span [class.bad]="totalIncidents() > 0">{{ 'operations.heat.incidents' | transloco: { n: totalIncidents() } }}</span>
        <a class="btn small" [routerLink]="['/admin/operations/instances']" [queryParams]="{ definitionKey: s.key, version: s.version }" data-testid="heat-instances">
          <app-icon name="search" /> {{ 'operations.heat.seeInstances' | transloco }}</a>
      </section>
    }

    <section class="panel diagram">
      <app-bpmn-diagram [xml]="xml()" [height]="480" [markersFor]="markers()" [overlays]="overlays()" />
      <div class="legend" data-testid="heat-legend">
        <p class="legend-title">{{ 'operations.heat.legendTitle' | transloco }}</p>
        <ul>
          @for (b of legend(); track b.level) {
            <li><span class="swatch" [attr.data-level]="b.level"></span> {{ b.label }}</li>
          }
          <li><span class="ia-badge ia-tokens">3</span> {{ 'operations.heat.legendTokens' | transloco }}</li>
          <li><span class="ia-badge ia-incidents">1</span> {{ 'operations.heat.legendIncidents' | transloco }}</li>
        </ul>
        <p class="muted small">{{ 'operations.heat.legendNote' | transloco }}</p>
      </div>
    </section>

    @if (stats(); as s) {
      <section class="panel" aria-labelledby="heat-steps">
        <h2 id="heat-steps">{{ 'operations.heat.stepsTitle' | transloco }}</h2>
        <p class="muted note">{{ 'operations.heat.stepsNote' | transloco: { from: day(s.from), to: day(s.to) } }}</p>
        <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'operations.heat.stepsTitle' | transloco">
          <table class="data-table" data-testid="heat-steps">
            <thead><tr>
              <th scope="col">{{ 'operations.step' | transloco }}</th>
              <th scope="col" class="num">{{ 'operations.heat.count' | transloco }}</th>
              <th scope="col" class="num">{{ 'operations.heat.median' | transloco }}</th>
              <th scope="col" class="num">{{ 'operations.heat.p90' | transloco }}</th>
              <th scope="col" class="num">{{ 'operations.heat.now' | transloco }}</th>
            </tr></thead>
            <tbody>
              @for (st of s.steps; track st.elementId) {
                <tr [attr.data-element]="st.elementId">
                  <td><span class="swatch" [attr.data-level]="levels().get(st.elementId)"></span> {{ st.name }}</td>
                  <td class="num">{{ st.count }}</td>
                  <td class="num nowrap" [title]="hoursTitle(st.medianHours)">{{ duration(st.medianHours, st.medianWorkingDays) }}</td>
                  <td class="num nowrap strong" [title]="hoursTitle(st.p90Hours)">{{ duration(st.p90Hours, st.p90WorkingDays) }}</td>
                  <td class="num">{{ tokensAt(st.elementId) }}</td>
                </tr>
              } @empty {
                <tr><td colspan="5" class="muted" data-testid="heat-no-steps">{{ 'operations.heat.noSteps' | transloco }}</td></tr>
              }
            </tbody>
          </table>
        </div>
      </section>
    }
  `,
  styles: `
    .key { font-family: var(--ia-font-mono, monospace); font-size: 0.8125rem; color: var(--ia-text-muted); }
    .period { display: flex; flex-wrap: wrap; gap: 12px 16px; align-items: flex-end; padding: 12px 16px; margin-bottom: 16px; }
    .period .field { display: flex; flex-direction: column; gap: 4px; min-width: 170px; }
    .label { font-size: 0.875rem; font-weight: 600; }
    .versions { display: flex; gap: 8px; align-items: center; min-height: 36px; }
    .summary { display: flex; flex-wrap: wrap; gap: 8px 24px; align-items: center; padding: 12px 16px; margin-bottom: 16px; }
    .summary .bad { color: #8a1c1c; font-weight: 600; }
    .summary .btn { margin-left: auto; }
    .diagram { padding: 12px; margin-bottom: 16px; }
    .legend { margin-top: 10px; font-size: 0.875rem; }
    .legend-title { margin: 0 0 6px; font-weight: 600; }
    .legend ul { display: flex; flex-wrap: wrap; gap: 6px 16px; list-style: none; margin: 0; padding: 0; }
    .legend li { display: flex; align-items: center; gap: 6px; }
    .swatch { display: inline-block; width: 14px; height: 14px; border-radius: 3px; border: 2px solid; vertical-align: -2px; }
    .swatch[data-level='1'] { background: #ecfdf5; border-color: #059669; }
    .swatch[data-level='2'] { background: #fefce8; border-color: #ca8a04; }
    .swatch[data-level='3'] { background: #fef3c7; border-color: #d97706; }
    .swatch[data-level='4'] { background: #fed7aa; border-color: #ea580c; }
    .swatch[data-level='5'] { background: #fecaca; border-color: #b91c1c; }
    .small { font-size: 0.8125rem; margin: 6px 0 0; }
    h2 { font-size: 1.05rem; margin: 12px 16px 6px; }
    .note { margin: 0 16px 10px; font-size: 0.875rem; }
    .table-wrap { margin: 0 16px 12px; }
    .strong { font-weight: 600; }
    [data-testid='heat-steps'] td:first-child { min-width: 150px; }
  `,
})
export class DefinitionHeatmapPage {
  private readonly api = inject(Api);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  readonly key = input.required<string>();
  readonly version = input.required<string>();

  protected readonly from = signal<string | null | undefined>(null);
  protected readonly to = signal<string | null | undefined>(null);
  protected readonly stats = signal<DefinitionStatisticsDto | null>(null);
  protected readonly xml = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly levels = computed(() => heatLevels(this.stats()?.steps ?? []));
  protected readonly totalTokens = computed(() => (this.stats()?.elements ?? []).reduce((n, e) => n + e.tokens, 0));
  protected readonly totalIncidents = computed(() => (this.stats()?.elements ?? []).reduce((n, e) => n + e.incidents, 0));

  protected readonly markers = computed(() => {
    const levels = this.levels();
    return () => new Map([...levels].map(([id, level]) => [id, `ia-heat-${level}`]));
  });

  protected readonly overlays = computed<DiagramOverlay[]>(() => {
    const t = (k: string, n: number) => this.transloco.translate(k, { n });
    return (this.stats()?.elements ?? []).flatMap((e) => [
      ...(e.tokens > 0 ? [{ elementId: e.elementId, text: String(e.tokens), className: 'ia-tokens', title: t('operations.heat.badgeTokens', e.tokens) }] : []),
      ...(e.incidents > 0 ? [{ elementId: e.elementId, text: `⚠ ${e.incidents}`, className: 'ia-incidents', title: t('operations.heat.badgeIncidents', e.incidents) }] : []),
    ]);
  });

  protected readonly legend = computed(() => {
    const lang = this.language.language();
    const bounds = heatBounds(this.stats()?.steps ?? []);
    return Array.from({ length: HEAT_LEVELS }, (_, i) => ({
      level: i + 1,
      label:
        i === 0
          ? this.transloco.translate('operations.heat.legendUpTo', { to: formatHours(bounds[0] ?? 0, lang) })
          : this.transloco.translate('operations.heat.legendRange', { from: formatHours(bounds[i - 1], lang), to: formatHours(bounds[i], lang) }),
    }));
  });

  async ngOnInit(): Promise<void> {
    try {
      this.xml.set(await xmlText(await this.api.invoke(getWorkflowDefinitionXml, { key: this.key(), version: Number(this.version()) })));
    } catch (e) {
      this.error.set(problemOf(e)?.detail ?? this.transloco.translate('common.loadFailed'));
      return;
    }
    await this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const s = await this.api.invoke(getWorkflowDefinitionStatistics, {
        key: this.key(),
        version: Number(this.version()),
        from: this.from() || undefined,
        to: this.to() || undefined,
      });
      this.stats.set(s);
      this.from.set(s.from);
      this.to.set(s.to);
    } catch (e) {
      const p = problemOf(e);
      const field = p?.errors ? Object.values(p.errors).flat()[0] : null;
      this.error.set(field ?? p?.detail ?? this.transloco.translate('common.loadFailed'));
    } finally {
      this.loading.set(false);
    }
  }

  protected duration(hours: number, workingDays: number): string {
    return formatDuration(hours, workingDays, this.language.language());
  }

  protected hoursTitle(hours: number): string {
    return formatDuration(hours, null, this.language.language());
  }

  protected tokensAt(elementId: string): number {
    return this.stats()?.elements.find((e) => e.elementId === elementId)?.tokens ?? 0;
  }

  protected day(iso: string): string {
    const [y, m, d] = iso.split('-');
    return `${d}/${m}/${y}`;
  }
}
