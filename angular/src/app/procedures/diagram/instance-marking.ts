/** Which elements of a procedure diagram an instance has passed, is at, or is late at — without bpmn-js. */

export interface InstanceState {
  activeNodes: readonly string[];
  history: readonly { activityId: string; started: string; ended?: string | null }[];
  tasks: readonly { elementId: string; status: string; overdue: boolean }[];
}

export interface FlowRef {
  id: string;
  source: string;
  target: string;
}

export type Marker = 'ia-done' | 'ia-current' | 'ia-overdue';

/**
 * Completed activities green, current ones blue, overdue open tasks red. A sequence flow is green
 * when its target was entered after its source finished, so the path actually taken shows — a
 * loop back to an earlier step (e.g. "Trả lại") stays grey unless it was taken.
 */
export function instanceMarkers(state: InstanceState, flows: readonly FlowRef[] = []): Map<string, Marker> {
  const markers = new Map<string, Marker>();
  const ends = new Map<string, number[]>();
  const starts = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, id: string, t: number) => map.set(id, [...(map.get(id) ?? []), t]);

  for (const h of state.history) {
    push(starts, h.activityId, Date.parse(h.started));
    if (h.ended) {
      push(ends, h.activityId, Date.parse(h.ended));
      markers.set(h.activityId, 'ia-done');
    }
  }
  for (const id of state.activeNodes) {
    push(starts, id, Number.POSITIVE_INFINITY);
    markers.set(id, 'ia-current');
  }
  for (const t of state.tasks) {
    if (isOpen(t.status)) {
      push(starts, t.elementId, Number.POSITIVE_INFINITY);
      markers.set(t.elementId, t.overdue ? 'ia-overdue' : 'ia-current');
    }
  }
  for (const f of flows) {
    const sourceEnds = ends.get(f.source) ?? [];
    const targetStarts = starts.get(f.target) ?? [];
    if (sourceEnds.some((end) => targetStarts.some((start) => start >= end))) {
      markers.set(f.id, 'ia-done');
    }
  }
  return markers;
}

function isOpen(status: string): boolean {
  const s = status.toLowerCase();
  return s === 'open' || s === 'claimed' || s === 'active';
}
