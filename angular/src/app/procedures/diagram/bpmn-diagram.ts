import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  OnDestroy,
  effect,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { FlowRef, Marker } from './instance-marking';

type Viewer = import('bpmn-js/lib/NavigatedViewer').default;

/**
 * A read-only BPMN diagram (bpmn-js NavigatedViewer: pan and zoom), optionally with markers on
 * elements. bpmn-js is loaded only when a diagram is shown. `markersFor` receives the diagram's
 * sequence flows, so the marking itself stays a plain function (instance-marking.ts).
 */
@Component({
  selector: 'app-bpmn-diagram',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (state() === 'loading') {
      <p class="muted overlay"><span class="spinner"></span> {{ 'procedures.diagram.loading' | transloco }}</p>
    } @else if (state() === 'failed') {
      <div class="alert overlay" role="alert" data-testid="diagram-error">
        @if (noDiagram()) {
          <span data-testid="diagram-error-message">{{ 'procedures.diagram.noDiagram' | transloco }}</span>
        } @else {
          <span data-testid="diagram-error-message">{{ 'procedures.diagram.failed' | transloco }}</span>
          @if (error()) {
            <small class="detail" data-testid="diagram-error-detail">{{ 'procedures.diagram.technicalDetail' | transloco: { detail: error() } }}</small>
          }
        }
      </div>
    }
    <div #canvas class="canvas" [style.height.px]="height()" data-testid="bpmn-diagram" [attr.data-state]="state()"></div>
  `,
  styles: `
    :host {
      display: block;
      position: relative;
    }
    .canvas {
      width: 100%;
      border: 1px solid var(--ia-border);
      border-radius: 8px;
      background: #fff;
      overflow: hidden;
    }
    .overlay {
      position: absolute;
      top: 12px;
      left: 12px;
      right: 12px;
      z-index: 2;
      margin: 0;
    }
    .detail {
      display: block;
      margin-top: 4px;
      font-size: 0.8125rem;
      opacity: 0.8;
      overflow-wrap: anywhere;
    }
  `,
})
export class BpmnDiagram implements OnDestroy {
  readonly xml = input<string | null>(null);
  readonly height = input(560);
  /** Element id → marker class, computed from the diagram's sequence flows. */
  readonly markersFor = input<((flows: FlowRef[]) => Map<string, Marker | string>) | null>(null);
  /** Small badges drawn on elements (counts), each a text with a class of bpmn-markers.css and a tooltip. */
  readonly overlays = input<readonly DiagramOverlay[]>([]);
  readonly elementClicked = output<string>();

  private readonly canvas = viewChild.required<ElementRef<HTMLDivElement>>('canvas');
  protected readonly state = signal<'idle' | 'loading' | 'ready' | 'failed'>('idle');
  /** bpmn-js's own (English) message for a failure, shown only as a technical detail. */
  protected readonly error = signal('');
  /** The model carries no diagram data (BPMN DI): it runs, there is just nothing to draw. */
  protected readonly noDiagram = signal(false);
  private viewer: Viewer | null = null;
  private marked: [string, string][] = [];
  private renders = 0;
  private imported: string | null = null;

  constructor() {
    effect(() => {
      const xml = this.xml();
      const markersFor = this.markersFor();
      const overlays = this.overlays();
      if (xml) void this.render(xml, markersFor, overlays);
    });
  }

  private async render(
    xml: string,
    markersFor: ((flows: FlowRef[]) => Map<string, Marker | string>) | null,
    overlays: readonly DiagramOverlay[] = [],
  ): Promise<void> {
    // Renders can overlap (the markers arrive while the diagram loads): only the latest one draws.
    const run = ++this.renders;
    if (this.viewer && this.imported === xml && this.state() === 'ready') {
      // Same diagram, new markers or badges: no re-import, the view stays where the reader put it.
      this.applyMarkers(markersFor);
      this.applyOverlays(overlays);
      return;
    }
    this.state.set('loading');
    try {
      if (!this.viewer) {
        const { default: NavigatedViewer } = await import('bpmn-js/lib/NavigatedViewer');
        if (!this.viewer) {
          this.viewer = new NavigatedViewer({ container: this.canvas().nativeElement });
          (this.viewer.get('eventBus') as EventBusLike).on('element.click', (e) => this.elementClicked.emit(e.element.id));
        }
      }
      if (run !== this.renders) return;
      await this.viewer.importXML(xml);
      if (run !== this.renders) return;
      this.imported = xml;
      const focus = this.applyMarkers(markersFor);
      this.applyOverlays(overlays);
      this.fit(focus);
      this.state.set('ready');
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      this.error.set(message);
      this.noDiagram.set(lacksDiagramData(message));
      this.state.set('failed');
    }
  }

  /**
   * Fits the diagram into the box. A long procedure fitted whole is too small to read: it is then
   * shown at a legible scale instead, vertically centred (or from its top when taller than the box)
   * and horizontally from its start, or around `focus` (the step the dossier waits at); the user pans
   * for the rest.
   */
  private fit(focus: DiagramElement | undefined): void {
    const canvas = this.viewer!.get('canvas') as CanvasLike;
    canvas.zoom('fit-viewport', 'auto');
    if (canvas.zoom() >= MIN_READABLE_ZOOM) return;
    const { inner, outer } = canvas.viewbox();
    const width = outer.width / MIN_READABLE_ZOOM;
    const height = outer.height / MIN_READABLE_ZOOM;
    const place = (start: number, size: number, box: number, at: number | undefined): number => {
      if (size + 2 * PAD <= box) return start + size / 2 - box / 2;
      if (at === undefined) return start - PAD;
      return Math.min(Math.max(at - box / 2, start - PAD), start + size + PAD - box);
    };
    canvas.viewbox({
      x: place(inner.x, inner.width, width, focus && focus.x + focus.width / 2),
      y: place(inner.y, inner.height, height, focus && focus.y + focus.height / 2),
      width,
      height,
    });
  }

  /** Marks the elements and returns the first one the dossier waits at, if any. */
  private applyOverlays(overlays: readonly DiagramOverlay[]): void {
    if (!this.viewer) return;
    const service = this.viewer.get('overlays') as OverlaysLike;
    const registry = this.viewer.get('elementRegistry') as RegistryLike;
    service.clear();
    const perElement = new Map<string, number>();
    for (const o of overlays) {
      if (!registry.get(o.elementId)) continue;
      const index = perElement.get(o.elementId) ?? 0;
      perElement.set(o.elementId, index + 1);
      const badge = document.createElement('span');
      badge.className = `ia-badge ${o.className}`;
      badge.textContent = o.text;
      badge.title = o.title;
      badge.setAttribute('data-testid', `diagram-badge-${o.elementId}`);
      service.add(o.elementId, { position: { top: -12, right: 12 + index * 34 }, html: badge });
    }
  }

  private applyMarkers(markersFor: ((flows: FlowRef[]) => Map<string, Marker | string>) | null): DiagramElement | undefined {
    if (!this.viewer || !markersFor) return undefined;
    const canvas = this.viewer.get('canvas') as CanvasLike;
    const registry = this.viewer.get('elementRegistry') as RegistryLike;
    for (const [id, cls] of this.marked) canvas.removeMarker(id, cls);
    this.marked = [];
    const flows: FlowRef[] = registry
      .filter((e) => e.type === 'bpmn:SequenceFlow')
      .map((e) => ({ id: e.id, source: e.businessObject.sourceRef?.id ?? '', target: e.businessObject.targetRef?.id ?? '' }));
    let focus: DiagramElement | undefined;
    for (const [id, cls] of markersFor(flows)) {
      const element = registry.get(id);
      if (element) {
        canvas.addMarker(id, cls);
        this.marked.push([id, cls]);
        if (!focus && cls !== 'ia-done' && element.type !== 'bpmn:SequenceFlow') focus = element;
      }
    }
    return focus;
  }

  ngOnDestroy(): void {
    this.viewer?.destroy();
    this.viewer = null;
  }
}

/**
 * Whether bpmn-js refused a model for having no diagram interchange data (no <bpmndi:BPMNDiagram>, or one without a
 * plane), as models written by hand or by other tools often do: the process is fine, only its drawing is missing.
 */
function lacksDiagramData(message: string): boolean {
  return message === 'no diagram to display' || message.startsWith('no plane for ');
}

/** A badge on a diagram element: a short text (a count), a class of bpmn-markers.css, and a tooltip saying what it counts. */
export interface DiagramOverlay {
  elementId: string;
  text: string;
  className: string;
  title: string;
}

interface OverlaysLike {
  clear(): void;
  add(id: string, overlay: { position: { top?: number; right?: number; left?: number; bottom?: number }; html: HTMLElement }): void;
}

/** The few bpmn-js services used here, typed narrowly. */
interface DiagramElement {
  id: string;
  type: string;
  x: number;
  y: number;
  width: number;
  height: number;
  businessObject: { sourceRef?: { id: string }; targetRef?: { id: string } };
}
/** Below this scale the diagram's labels (12 px) are smaller than 8 px on screen. */
const MIN_READABLE_ZOOM = 0.7;
/** Space left around a diagram shown from its edge, in diagram units. */
const PAD = 24;
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface CanvasLike {
  viewbox(): Box & { inner: Box; outer: { width: number; height: number } };
  viewbox(box: Box): void;
  zoom(): number;
  zoom(level: string | number, center: string | { x: number; y: number }): number;
  addMarker(id: string, cls: string): void;
  removeMarker(id: string, cls: string): void;
}
interface RegistryLike {
  get(id: string): DiagramElement | undefined;
  filter(fn: (e: DiagramElement) => boolean): DiagramElement[];
}
interface EventBusLike {
  on(event: string, fn: (e: { element: DiagramElement }) => void): void;
}
