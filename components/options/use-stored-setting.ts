import { useEffect, useState } from 'react';
import { mergeEdits } from '@/utils/settings/settings-merge';

interface Watchable {
  watch(callback: () => void): () => void;
}

interface Versions<T> {
  /** As this page loaded it (or last saved it). */
  loaded: T;
  /** With this page's unsaved edits. */
  edited: T;
  /** As stored now, possibly changed by another page since. */
  latest: T;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface StoredSetting<T> {
  value: T | null;
  dirty: boolean;
  set(value: T): void;
  /** What to save: this page's edits over what is stored now. */
  toSave(): T;
  saved(value: T): void;
}

/**
 * A setting edited on a page that stays open for hours: changes made
 * elsewhere show at once where this page has no edits, and saving writes
 * only this page's edits (mergeEdits), never a stale copy of the rest.
 */
export function useStoredSetting<T>(load: () => Promise<T>, item: Watchable): StoredSetting<T> {
  const [versions, setVersions] = useState<Versions<T> | null>(null);
  useEffect(() => {
    void load().then((value) => setVersions({ loaded: value, edited: value, latest: value }));
    return item.watch(
      () =>
        void load().then((latest) =>
          setVersions((current) => current && (same(current.loaded, current.edited) ? { loaded: latest, edited: latest, latest } : { ...current, latest })),
        ),
    );
    // load and item are module-level constants.
  }, []);
  return {
    value: versions?.edited ?? null,
    dirty: versions !== null && !same(versions.loaded, versions.edited),
    set: (edited) => setVersions((current) => current && { ...current, edited }),
    toSave: () => (versions ? mergeEdits(versions.loaded, versions.edited, versions.latest) : (undefined as T)),
    saved: (value) => setVersions({ loaded: value, edited: value, latest: value }),
  };
}
