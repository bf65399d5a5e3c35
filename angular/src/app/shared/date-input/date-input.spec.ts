import { parseDay, showDay } from './date-input';

describe('parseDay', () => {
  it('reads day/month/year as Vietnamese write it, and ISO', () => {
    expect(parseDay('02/12/2026')).toBe('2026-12-02');
    expect(parseDay('2/12/2026')).toBe('2026-12-02');
    expect(parseDay('02.12.2026')).toBe('2026-12-02');
    expect(parseDay('2026-12-02')).toBe('2026-12-02');
  });

  it('refuses what is no real date, never guessing month/day', () => {
    expect(parseDay('31/02/2026')).toBeNull();
    expect(parseDay('12/31/2026')).toBeNull(); // not read as 31 December
    expect(parseDay('2026')).toBeNull();
    expect(parseDay('')).toBeNull();
  });
});

describe('showDay', () => {
  it('writes the day first', () => {
    expect(showDay('2026-12-02')).toBe('02/12/2026');
    expect(showDay(null)).toBe('');
  });
});
