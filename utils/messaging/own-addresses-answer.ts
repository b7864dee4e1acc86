import * as z from 'zod/mini';

/**
 * The worker's answer to settings:own-addresses: the agent's other Gmail addresses from options.
 * Only the Gmail content script validates it; in a module of its own because a schema with
 * `.check()` is kept in every bundle that imports its module, used or not (#14).
 */
export const ownAddressesAnswerSchema = z.object({ addresses: z.array(z.string().check(z.maxLength(320))).check(z.maxLength(200)) });
