/**
 * The answer to any request that can be refused for a reason a human should read (its schema is in
 * utils/messaging/messages.ts). Apart from utils/messaging/content-messages.ts so that code which only answers, such as
 * the injected insertion (entrypoints/composer-actions.ts), bundles no zod (#14).
 */
export type ActionResult =
  | { ok: true; /** What was done, when there is more to say than "done". */ detail?: string }
  /** fallback 'clipboard': the reply box did not take the reply; the panel copies it instead (#11). */
  | { ok: false; reason: string; fallback?: 'clipboard' };

export const OK: ActionResult = { ok: true };
export const refused = (reason: string): ActionResult => ({ ok: false, reason });
