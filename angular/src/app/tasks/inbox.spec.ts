import { daysLeftTone } from '../shared/days-left';
import { followUpDay, inboxTabs, pageCount, priorityLevel } from './inbox';

describe('inbox', () => {
  it('colours the working days left: red when overdue, amber at two days or less', () => {
    expect(daysLeftTone({ overdue: true, workingDaysLeft: -1, dueAt: 'x' })).toBe('overdue');
    expect(daysLeftTone({ overdue: false, workingDaysLeft: -2, dueAt: 'x' })).toBe('overdue');
    expect(daysLeftTone({ overdue: false, workingDaysLeft: 2, dueAt: 'x' })).toBe('soon');
    expect(daysLeftTone({ overdue: false, workingDaysLeft: 3, dueAt: 'x' })).toBe('ok');
    expect(daysLeftTone({ overdue: false, workingDaysLeft: null, dueAt: null })).toBe('none');
  });

  it('offers the "all" tab to administrators only', () => {
    expect(inboxTabs(false)).toEqual(['mine', 'groups', 'overdue']);
    expect(inboxTabs(true)).toEqual(['mine', 'groups', 'overdue', 'all']);
  });

  it('counts pages from the server total', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
  });

  it('marks priorities above Camunda\'s default 50 high and below it low, and none at 50', () => {
    expect(priorityLevel(80)).toBe('high');
    expect(priorityLevel(51)).toBe('high');
    expect(priorityLevel(50)).toBeNull();
    expect(priorityLevel(49)).toBe('low');
    expect(priorityLevel(0)).toBe('low');
  });

  it('shows a follow-up timestamp as its day, day first', () => {
    expect(followUpDay('2026-12-05T12:00:00Z')).toBe('05/12/2026');
    expect(followUpDay(null)).toBe('—');
  });
});
