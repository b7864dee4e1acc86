/**
 * What draft-ahead does next, decided from what is known, with no I/O: which
 * tickets of the agent's queue to read (oldest waiting first, only those
 * that changed since they were last read, no more than there are free
 * drafting slots), which held replies are due to post, and the day's count.
 */
import { i18n } from '../i18n';

export interface QueueTicket {
  ticketId: number;
  /** The ticket's updated_at, ms: it changes when anyone comments. */
  updatedAt: number;
}

export interface DraftAheadLimits {
  /** At most this many drafts being written at once. */
  maxInFlight: number;
}

/**
 * The tickets to read now. A ticket whose updated_at is what it was when it
 * was last read has nothing new, so it costs no request and is never
 * re-drafted; the rest go oldest first, as many as there are free slots.
 */
export function ticketsToRead(queue: readonly QueueTicket[], lastRead: ReadonlyMap<number, number>, inFlight: number, limits: DraftAheadLimits): QueueTicket[] {
  const free = Math.max(0, limits.maxInFlight - inFlight);
  return queue
    .filter((ticket) => lastRead.get(ticket.ticketId) !== ticket.updatedAt)
    .sort((a, b) => a.updatedAt - b.updatedAt || a.ticketId - b.ticketId)
    .slice(0, free);
}

export interface HeldReply {
  /** When the undo countdown ends; null (or absent) once cancelled or posted. */
  postAt?: number | null;
}

/** Held replies whose undo countdown has run out, longest overdue first. */
export function repliesDue<T extends HeldReply>(held: readonly T[], now: number): T[] {
  return held.filter((reply) => typeof reply.postAt === 'number' && reply.postAt <= now).sort((a, b) => a.postAt! - b.postAt!);
}

/** Midnight of `now`'s day in the agent's time zone (offset as Date#getTimezoneOffset gives it). */
export function startOfDay(now: number, timezoneOffsetMinutes: number): number {
  const local = now - timezoneOffsetMinutes * 60_000;
  return local - (local % 86_400_000) + timezoneOffsetMinutes * 60_000;
}

/** "42 drafts ahead today": drafts written ahead since local midnight. */
export function draftsAheadToday(createdAt: readonly number[], now: number, timezoneOffsetMinutes: number): number {
  const since = startOfDay(now, timezoneOffsetMinutes);
  return createdAt.filter((at) => at >= since && at <= now).length;
}

/** "12 min", "3 h 5 min", "2 d": how long the customer has been waiting, in the browser's language. */
export function waitingFor(sinceMs: number | null, now: number): string {
  if (sinceMs === null) return i18n.t('waitingTime.unknown');
  const minutes = Math.max(0, Math.floor((now - sinceMs) / 60_000));
  if (minutes < 60) return i18n.t('waitingTime.minutes', { minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 === 0 ? i18n.t('waitingTime.hours', { hours }) : i18n.t('waitingTime.hoursMinutes', { hours, minutes: minutes % 60 });
  return i18n.t('waitingTime.days', Math.floor(hours / 24));
}
