/** Anything that can say when a stored setting changed (a WXT storage item). */
export interface Watchable {
  watch(callback: () => void): unknown;
}

/**
 * A settings loader whose answer is kept in memory until one of `items`
 * changes: a draft reads five settings, and each storage read is a round
 * trip on a busy machine. The worker is long-lived enough for this to pay,
 * and a change (from options, another window, Team sync) drops the copy.
 */
export function cachedUntilChanged<T>(load: () => Promise<T>, items: readonly Watchable[]): () => Promise<T> {
  let cached: Promise<T> | null = null;
  for (const item of items) item.watch(() => (cached = null));
  return () => {
    const loading = (cached ??= load());
    // A failed read is not kept: the next call reads again.
    loading.catch(() => {
      if (cached === loading) cached = null;
    });
    return loading;
  };
}
