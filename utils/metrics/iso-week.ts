/**
 * ISO 8601 weeks in a team's own time zone: a review at 23:30 on Sunday in
 * Berlin belongs to that week, whatever the UTC date says.
 */

export interface IsoWeek {
  /** The ISO week-numbering year (it can differ from the calendar year in late December and early January). */
  year: number;
  week: number;
  /** "2026-W48": sortable, and what the trend chart labels. */
  key: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date at an instant in a time zone. */
export function localDate(epochMs: number, timeZone: string): { year: number; month: number; day: number } {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(new Date(epochMs)).map((part) => [part.type, part.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

/** The ISO week of a calendar date: the week (Monday first) that holds its Thursday. */
export function isoWeekOfDate(year: number, month: number, day: number): IsoWeek {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const weekYear = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 + 1) / 7);
  return { year: weekYear, week, key: `${weekYear}-W${String(week).padStart(2, '0')}` };
}

export function isoWeekOf(epochMs: number, timeZone: string): IsoWeek {
  const { year, month, day } = localDate(epochMs, timeZone);
  return isoWeekOfDate(year, month, day);
}

/** The keys of the `count` weeks up to and including the one holding `epochMs`, oldest first. */
export function recentWeekKeys(epochMs: number, timeZone: string, count: number): string[] {
  const { year, month, day } = localDate(epochMs, timeZone);
  return Array.from({ length: count }, (_, index) => {
    const date = new Date(Date.UTC(year, month - 1, day - 7 * (count - 1 - index)));
    return isoWeekOfDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()).key;
  });
}
