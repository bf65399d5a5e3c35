import { instanceMarkers } from './instance-marking';

const at = (s: number) => `2026-11-25T10:00:${String(s).padStart(2, '0')}Z`;
const flows = [
  { id: 'f1', source: 'receive', target: 'merge' },
  { id: 'f2', source: 'merge', target: 'check' },
  { id: 'f3', source: 'check', target: 'decide' },
  { id: 'fReturn', source: 'decide', target: 'merge' },
  { id: 'fApprove', source: 'decide', target: 'notify' },
];

describe('instanceMarkers', () => {
  it('marks finished steps and the flows taken green and the current step blue', () => {
    const markers = instanceMarkers(
      {
        activeNodes: ['decide'],
        history: [
          { activityId: 'receive', started: at(0), ended: at(0) },
          { activityId: 'merge', started: at(0), ended: at(0) },
          { activityId: 'check', started: at(0), ended: at(5) },
          { activityId: 'decide', started: at(5), ended: null },
        ],
        tasks: [{ elementId: 'decide', status: 'Open', overdue: false }],
      },
      flows,
    );
    expect(markers.get('receive')).toBe('ia-done');
    expect(markers.get('check')).toBe('ia-done');
    expect(markers.get('decide')).toBe('ia-current');
    expect(markers.get('f1')).toBe('ia-done');
    expect(markers.get('f3')).toBe('ia-done');
    expect(markers.has('fReturn')).toBe(false);
    expect(markers.has('notify')).toBe(false);
  });

  it('does not colour a loop back that was not taken, but does once it is', () => {
    const base = [
      { activityId: 'merge', started: at(0), ended: at(0) },
      { activityId: 'check', started: at(0), ended: at(5) },
      { activityId: 'decide', started: at(5), ended: at(9) },
    ];
    const approved = instanceMarkers(
      { activeNodes: [], history: [...base, { activityId: 'notify', started: at(9), ended: at(9) }], tasks: [] },
      flows,
    );
    expect(approved.get('fApprove')).toBe('ia-done');
    expect(approved.has('fReturn')).toBe(false);

    const returned = instanceMarkers(
      { activeNodes: ['check'], history: [...base, { activityId: 'merge', started: at(9), ended: at(9) }], tasks: [] },
      flows,
    );
    expect(returned.get('fReturn')).toBe('ia-done');
    expect(returned.get('check')).toBe('ia-current');
  });

  it('marks an overdue open task red', () => {
    const markers = instanceMarkers({
      activeNodes: ['consult'],
      history: [{ activityId: 'consult', started: at(0) }],
      tasks: [
        { elementId: 'consult', status: 'Open', overdue: true },
        { elementId: 'check', status: 'Completed', overdue: false },
      ],
    });
    expect(markers.get('consult')).toBe('ia-overdue');
    expect(markers.has('check')).toBe(false);
  });
});
