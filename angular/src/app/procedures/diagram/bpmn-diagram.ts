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
      <div class="alert overlay" role="alert" data-testid="diagram-error">{{ 'procedures.diagram.failed' | transloco }} {{ error() }}</div>
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
  `,
})
export class BpmnDiagram implements OnDestroy {
  readonly xml = input<string | null>(null);
  readonly height = input(560);
  /** Element id → marker class, computed from the diagram's sequence flows. */
  readonly markersFor = input<((flows: FlowRef[]) => Map<string, Marker>) | null>(null);
  readonly elementClicked = output<string>();

  private readonly canvas = viewChild.required<ElementRef<HTMLDivElement>>('canvas');
  protected readonly state = signal<'idle' | 'loading' | 'ready' | 'failed'>('idle');
  protected readonly error = signal('');
  private viewer: Viewer | null = null;
  private marked: [string, string][] = [];

  constructor() {
    effect(() => {
      const xml = this.xml();
      const markersFor = this.markersFor();
      if (xml) void this.render(xml, markersFor);
    });
  }

  private async render(xml: string, markersFor: ((flows: FlowRef[]) => Map<string, Marker>) | null): Promise<void> {
    this.state.set('loading');
    try {
      if (!this.viewer) {
        const { default: NavigatedViewer } = await import('bpmn-js/lib/NavigatedViewer');
        this.viewer = new NavigatedViewer({ container: this.canvas().nativeElement });
        (this.viewer.get('eventBus') as EventBusLike).on('element.click', (e) => this.elementClicked.emit(e.element.id));
      }
      await this.viewer.importXML(xml);
      const canvas = this.viewer.get('canvas') as CanvasLike;
      canvas.zoom('fit-viewport', 'auto');
      // A long procedure fitted into the box is too small to read: keep labels legible, pan for the rest.
      if (canvas.zoom() < MIN_READABLE_ZOOM) canvas.zoom(MIN_READABLE_ZOOM, { x: 0, y: 0 });
      this.applyMarkers(markersFor);
      this.state.set('ready');
    } catch (e) {
      this.error.set(e instanceof Error ? e.message : String(e));
      this.state.set('failed');
    }
  }

  private applyMarkers(markersFor: ((flows: FlowRef[]) => Map<string, Marker>) | null): void {
    if (!this.viewer || !markersFor) return;
    const canvas = this.viewer.get('canvas') as CanvasLike;
    const registry = this.viewer.get('elementRegistry') as RegistryLike;
    for (const [id, cls] of this.marked) canvas.removeMarker(id, cls);
    this.marked = [];
    const flows: FlowRef[] = registry
      .filter((e) => e.type === 'bpmn:SequenceFlow')
      .map((e) => ({ id: e.id, source: e.businessObject.sourceRef?.id ?? '', target: e.businessObject.targetRef?.id ?? '' }));
    for (const [id, cls] of markersFor(flows)) {
      if (registry.get(id)) {
        canvas.addMarker(id, cls);
        this.marked.push([id, cls]);
      }
    }
  }

  ngOnDestroy(): void {
    this.viewer?.destroy();
    this.viewer = null;
  }
}

/** The few bpmn-js services used here, typed narrowly. */
interface DiagramElement {
  id: string;
  type: string;
  businessObject: { sourceRef?: { id: string }; targetRef?: { id: string } };
}
/** Below this scale the diagram's labels (12 px) are smaller than 8 px on screen. */
const MIN_READABLE_ZOOM = 0.7;
interface CanvasLike {
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
