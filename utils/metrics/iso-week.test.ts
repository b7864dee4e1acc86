import { describe, expect, it } from 'vitest';
import { isoWeekOf, isoWeekOfDate, recentWeekKeys } from './iso-week';

describe('isoWeekOfDate', () => {
  it.each([
    [2026, 11, 24, '2026-W48'],
    [2026, 12, 31, '2026-W53'], // 2026 has 53 ISO weeks
    [2027, 1, 1, '2026-W53'],
    [2027, 1, 4, '2027-W01'],
    [2024, 12, 30, '2025-W01'], // a Monday whose week belongs to the next year
    [2021, 1, 3, '2020-W53'],
  ])('%i-%i-%i is %s', (year, month, day, key) => {
    expect(isoWeekOfDate(year, month, day).key).toBe(key);
  });
});

describe('isoWeekOf in a time zone', () => {
  // Sunday 2026-11-29 23:30 UTC: still Sunday in Los Angeles, already Monday 00:30 in Berlin.
  const instant = Date.UTC(2026, 10, 29, 23, 30);
  it.each([
    ['Europe/Berlin', '2026-W49'],
    ['America/Los_Angeles', '2026-W48'],
    ['UTC', '2026-W48'],
  ])('%s → %s', (timeZone, key) => {
    expect(isoWeekOf(instant, timeZone).key).toBe(key);
  });

  it('follows the local clock across a DST change (Berlin, 2026-10-25)', () => {
    expect(isoWeekOf(Date.UTC(2026, 9, 25, 22, 30), 'Europe/Berlin').key).toBe('2026-W43'); // Sunday 23:30 CET
    expect(isoWeekOf(Date.UTC(2026, 9, 25, 23, 30), 'Europe/Berlin').key).toBe('2026-W44'); // Monday 00:30 CET
  });
});

describe('recentWeekKeys', () => {
  it('lists consecutive weeks across a year boundary, oldest first', () => {
    expect(recentWeekKeys(Date.UTC(2027, 0, 6, 12), 'UTC', 3)).toEqual(['2026-W52', '2026-W53', '2027-W01']);
  });
});
