/** Which elements of a procedure diagram an instance has passed, is at, or is late at — without bpmn-js. */

export interface InstanceState {
  activeNodes: readonly string[];
  history: readonly { activityId: string; ended?: string | null }[];
  tasks: readonly { elementId: string; status: string; overdue: boolean }[];
}

export interface FlowRef {
  id: string;
  source: string;
  target: string;
}

export type Marker = 'ia-done' | 'ia-current' | 'ia-overdue';

/**
 * Completed activities green, current ones blue (amber is left to the SLA), overdue open tasks red.
 * A sequence flow is marked done when both its ends were reached, so the path taken shows green.
 */
export function instanceMarkers(state: InstanceState, flows: readonly FlowRef[] = []): Map<string, Marker> {
  const markers = new Map<string, Marker>();
  const reached = new Set<string>();
  for (const h of state.history) {
    reached.add(h.activityId);
    if (h.ended) markers.set(h.activityId, 'ia-done');
  }
  for (const id of state.activeNodes) {
    reached.add(id);
    markers.set(id, 'ia-current');
  }
  for (const t of state.tasks) {
    if (isOpen(t.status)) {
      reached.add(t.elementId);
      markers.set(t.elementId, t.overdue ? 'ia-overdue' : 'ia-current');
    }
  }
  for (const f of flows) {
    if (reached.has(f.source) && reached.has(f.target) && markers.get(f.source) === 'ia-done') {
      markers.set(f.id, 'ia-done');
    }
  }
  return markers;
}

function isOpen(status: string): boolean {
  const s = status.toLowerCase();
  return s === 'open' || s === 'claimed' || s === 'active';
}
