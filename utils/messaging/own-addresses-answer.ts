import * as z from 'zod/mini';

/**
 * The worker's answer to settings:own-addresses: the agent's other Gmail addresses from options,
 * one a line. Only the Gmail content script validates it: one string, because an array of strings
 * with length checks is about 0.8 KB more zod in a script every Gmail page loads (#14); the
 * bounds it had are kept by reading (ownAddressesFrom).
 */
export const ownAddressesAnswerSchema = z.object({ addresses: z.string() });

/** The most addresses, and the longest one (RFC 5321's 320 characters), the Gmail script takes from the worker. */
const MAX_ADDRESSES = 200;
const MAX_ADDRESS_CHARS = 320;

/** The worker's side: the addresses as the answer carries them. */
export function ownAddressesAnswer(addresses: readonly string[]): z.infer<typeof ownAddressesAnswerSchema> {
  return { addresses: addresses.join('\n') };
}

/** The content script's side: the addresses in a valid answer, within the bounds; none otherwise. */
export function ownAddressesFrom(answer: unknown): string[] {
  const parsed = ownAddressesAnswerSchema.safeParse(answer);
  if (!parsed.success || parsed.data.addresses === '') return [];
  return parsed.data.addresses.split('\n', MAX_ADDRESSES).filter((address) => address.length <= MAX_ADDRESS_CHARS);
}
