import { i18n } from '@/utils/i18n';
/**
 * IndexedDB failures an agent can act on, in words. Every write is one Dexie
 * transaction, so a failed one leaves nothing half-written: what remains is
 * to say what happened.
 */
export function storageProblemCode(error: unknown): 'full' | 'upgrading' | null {
  const names = [error, (error as { inner?: unknown } | null)?.inner].map((candidate) => (candidate as { name?: unknown } | null)?.name);
  if (names.includes('QuotaExceededError')) return 'full';
  if (names.includes('VersionError') || names.includes('DatabaseClosedError') || names.includes('BlockedError')) return 'upgrading';
  return null;
}

/** The same in words, for answers that are shown at once and never stored. */
export function describeStorageProblem(error: unknown): string | null {
  const code = storageProblemCode(error);
  return code === null ? null : i18n.t(code === 'full' ? 'storage.full' : 'storage.upgrading');
}
