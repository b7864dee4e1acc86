import { i18n } from '../i18n';
import { retryAfterMs } from '../adapters/zendesk-api';
import { EMPTY_BUDGET, honourRetryAfter, nextRequestAt, spend, type BudgetState } from './budget';
import type { ApiRelayRequest, ApiRelayResponse } from './relay-messages';

/** One account's request budget, shared by everything that calls its API. */
export interface AccountBudget {
  /** Waits until the budget has room, then counts the request. */
  acquire(): Promise<void>;
  /** A 429 pauses every caller until its Retry-After has passed. */
  rateLimited(retryAfterMs: number): void;
  /** Whether `requests` more may go now: a round stops rather than sit waiting (and miss a closed tab). */
  hasRoom(requests?: number): boolean;
  state(): BudgetState;
}

export function createAccountBudget(perMinute: () => number, now: () => number, sleep: (ms: number) => Promise<void>): AccountBudget {
  let state = EMPTY_BUDGET;
  return {
    async acquire() {
      // Callers wake in turn; each checks again, so none overspends.
      for (;;) {
        const spent = spend(state, perMinute(), now());
        if (spent) {
          state = spent;
          return;
        }
        await sleep(Math.max(1, nextRequestAt(state, perMinute(), now()) - now()));
      }
    },
    rateLimited(wait) {
      state = honourRetryAfter(state, now(), wait);
    },
    hasRoom(requests = 1) {
      let trial: BudgetState | null = state;
      for (let i = 0; i < requests && trial; i++) trial = spend(trial, perMinute(), now());
      return trial !== null;
    },
    state: () => state,
  };
}

/**
 * A fetch for the agent's Zendesk origin that goes through the Zendesk tab
 * (the agent's session) and through the account's budget: no request leaves
 * without room in it, and a 429 holds back every later one.
 */
export function relayFetch(send: (request: ApiRelayRequest) => Promise<ApiRelayResponse>, budget: AccountBudget, now: () => number): typeof fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const headers = new Headers(init?.headers);
    await budget.acquire();
    const answer = await send({
      type: 'zendesk-api:fetch',
      method: init?.method === 'PUT' ? 'PUT' : 'GET',
      path: `${url.pathname}${url.search}`,
      body: typeof init?.body === 'string' ? init.body : null,
      csrfToken: headers.get('X-CSRF-Token'),
    });
    if (answer.status === 0) throw new TypeError(i18n.t('zendeskRelay.tabUnreachable', { detail: answer.body.slice(0, 200) }));
    if (answer.status === 429) budget.rateLimited(retryAfterMs(answer.retryAfter, now()));
    return new Response(answer.status === 204 ? null : answer.body, {
      status: answer.status,
      headers: answer.retryAfter === null ? {} : { 'Retry-After': answer.retryAfter },
    });
  };
}
