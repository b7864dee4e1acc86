/**
 * A settings tab saves only what its user changed: fields equal to what the
 * tab loaded take the value stored now, so a Promote made in the popup
 * while options sat open is never reverted by a stale tab (issue #15).
 * Plain JSON values; arrays of objects with an `id` merge element by element.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasIds = (value: unknown): value is { id: unknown }[] => Array.isArray(value) && value.every((item) => isRecord(item) && 'id' in item);

export function mergeEdits<T>(loaded: T, edited: T, latest: T): T {
  return merge(loaded as Json, edited as Json, latest as Json) as T;
}

function merge(loaded: unknown, edited: unknown, latest: unknown): unknown {
  if (same(loaded, edited)) return latest;
  if (isRecord(loaded) && isRecord(edited) && isRecord(latest)) {
    const keys = new Set([...Object.keys(latest), ...Object.keys(edited)]);
    return Object.fromEntries([...keys].map((key) => [key, merge(loaded[key], edited[key], latest[key])]));
  }
  if (hasIds(loaded) && hasIds(edited) && hasIds(latest)) {
    const byId = (items: { id: unknown }[]) => new Map(items.map((item) => [item.id, item]));
    const [was, now] = [byId(loaded), byId(latest)];
    // The edited list decides which entries exist and their order; each entry merges with its latest self.
    return edited.map((item) => (was.has(item.id) && now.has(item.id) ? merge(was.get(item.id), item, now.get(item.id)) : item));
  }
  return edited;
}
