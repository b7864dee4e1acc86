/**
 * The request budget that keeps an agent's Zendesk account safe: at most
 * `perMinute` API requests in any 60-second window, and nothing at all
 * while a 429's Retry-After runs. Pure state in, state out, so the rules are
 * tested without clocks; the worker keeps one state per account.
 *
 * Zendesk's account-wide limits are 200 (Team), 400 (Growth, Professional)
 * and 700 (Enterprise) requests a minute, shared with the agents' own
 * browser tabs and every integration: the default takes a small share of the
 * smallest plan's.
 */

export const DEFAULT_REQUESTS_PER_MINUTE = 30;
export const WINDOW_MS = 60_000;
/**
 * Zendesk counts requests when they arrive, not when the worker sent them: a request sent just as
 * the oldest one leaves the worker's window can arrive within the server's (the 200-ticket
 * benchmark saw 121 in a minute at a limit of 120). Spacing the window by this margin keeps the
 * server's count within the limit unless arrival times differ by more than it.
 */
export const ARRIVAL_MARGIN_MS = 2_000;
const SPACING_MS = WINDOW_MS + ARRIVAL_MARGIN_MS;

export interface BudgetState {
  /** When each request in the current window was sent, oldest first. */
  sentAt: number[];
  /** No request before this (a 429's Retry-After). */
  blockedUntil: number;
}

export const EMPTY_BUDGET: BudgetState = { sentAt: [], blockedUntil: 0 };

function inWindow(state: BudgetState, now: number, windowMs = WINDOW_MS): number[] {
  return state.sentAt.filter((at) => at > now - windowMs);
}

/** The earliest time the next request may go: `now` when it may go now. */
export function nextRequestAt(state: BudgetState, perMinute: number, now: number): number {
  const recent = inWindow(state, now, SPACING_MS);
  const byWindow = recent.length < perMinute ? now : recent[recent.length - perMinute]! + SPACING_MS;
  return Math.max(now, byWindow, state.blockedUntil);
}

/** Records a request sent now; refuses (returns null) if the budget has no room. */
export function spend(state: BudgetState, perMinute: number, now: number): BudgetState | null {
  if (nextRequestAt(state, perMinute, now) > now) return null;
  return { sentAt: [...inWindow(state, now, SPACING_MS), now], blockedUntil: state.blockedUntil };
}

/** A 429 answered: nothing goes until Retry-After has passed (never shortened by a later, smaller one). */
export function honourRetryAfter(state: BudgetState, now: number, retryAfterMs: number): BudgetState {
  return { sentAt: state.sentAt, blockedUntil: Math.max(state.blockedUntil, now + retryAfterMs) };
}

/** Requests in the 60 s before `now`: what the panel shows beside the limit. */
export function usedInLastMinute(state: BudgetState, now: number): number {
  return inWindow(state, now).length;
}

/** The most requests any 60-second window of `sentAt` held: what the benchmark and e2e check. */
export function maxPerMinute(sentAt: readonly number[]): number {
  const sorted = [...sentAt].sort((a, b) => a - b);
  let most = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while (sorted[end]! - sorted[start]! >= WINDOW_MS) start++;
    most = Math.max(most, end - start + 1);
  }
  return most;
}
