/**
 * IndexedDB failures an agent can act on, in words. Every write is one Dexie
 * transaction, so a failed one leaves nothing half-written: what remains is
 * to say what happened.
 */
export function describeStorageProblem(error: unknown): string | null {
  const names = [error, (error as { inner?: unknown } | null)?.inner].map((candidate) => (candidate as { name?: unknown } | null)?.name);
  if (names.includes('QuotaExceededError')) {
    return 'ReplyLoop’s storage is full, so this conversation was not saved (nothing was half-written). Free disk space, or export and then trim correction memory in options: ReplyLoop tries again on its own, no need to reload the tab.';
  }
  if (names.includes('VersionError') || names.includes('DatabaseClosedError') || names.includes('BlockedError')) {
    return 'ReplyLoop’s database is being upgraded by another ReplyLoop window. Close other windows of the old version (or restart the browser): ReplyLoop tries again on its own, no need to reload the tab.';
  }
  return null;
}
