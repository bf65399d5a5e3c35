import { InboxRow, daysLeftTone, pageOf, rowsOfTab, sortInbox } from './inbox';

const row = (taskId: string, over: Partial<InboxRow> = {}): InboxRow => ({
  taskId,
  dueAt: null,
  overdue: false,
  workingDaysLeft: null,
  assignee: null,
  createdAt: '2026-11-01T00:00:00Z',
  ...over,
});

describe('inbox', () => {
  it('puts overdue tasks first, then the nearest deadline, tasks without a deadline last', () => {
    const rows = [
      row('later', { dueAt: '2026-12-20T00:00:00Z', workingDaysLeft: 15 }),
      row('none'),
      row('late-a', { dueAt: '2026-11-10T00:00:00Z', overdue: true, workingDaysLeft: -5 }),
      row('soon', { dueAt: '2026-11-27T00:00:00Z', workingDaysLeft: 2 }),
      row('late-b', { dueAt: '2026-11-20T00:00:00Z', workingDaysLeft: -1 }),
    ];
    expect(sortInbox(rows).map((r) => r.taskId)).toEqual(['late-a', 'late-b', 'soon', 'later', 'none']);
  });

  it('colours the working days left: red when overdue, amber at two days or less', () => {
    expect(daysLeftTone({ overdue: true, workingDaysLeft: -3, dueAt: 'x' })).toBe('overdue');
    expect(daysLeftTone({ overdue: false, workingDaysLeft: -1, dueAt: 'x' })).toBe('overdue');
    expect(daysLeftTone({ overdue: false, workingDaysLeft: 0, dueAt: 'x' })).toBe('soon');
    expect(daysLeftTone({ overdue: false, workingDaysLeft: 2, dueAt: 'x' })).toBe('soon');
    expect(daysLeftTone({ overdue: false, workingDaysLeft: 3, dueAt: 'x' })).toBe('ok');
    expect(daysLeftTone({ overdue: false, workingDaysLeft: null, dueAt: null })).toBe('none');
  });

  it('splits my claimed tasks from my groups\' unclaimed ones', () => {
    const rows = [row('a', { assignee: 'Officer@InvestAid.local' }), row('b'), row('c', { assignee: 'someone@else' })];
    expect(rowsOfTab(rows, 'mine', 'officer@investaid.local').map((r) => r.taskId)).toEqual(['a']);
    expect(rowsOfTab(rows, 'groups', 'officer@investaid.local').map((r) => r.taskId)).toEqual(['b']);
    expect(rowsOfTab(rows, 'all', 'officer@investaid.local')).toHaveLength(3);
  });

  it('pages a list held in memory and keeps the page in range', () => {
    const rows = Array.from({ length: 45 }, (_, i) => i);
    expect(pageOf(rows, 3, 20)).toEqual({ items: [40, 41, 42, 43, 44], page: 3, pages: 3 });
    expect(pageOf(rows, 9, 20).page).toBe(3);
    expect(pageOf([], 1, 20)).toEqual({ items: [], page: 1, pages: 1 });
  });
});
