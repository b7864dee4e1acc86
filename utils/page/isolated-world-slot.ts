/**
 * A value a content script and a script the extension injects share: they run in one isolated
 * world per frame (chrome.scripting.executeScript's default world), which page scripts cannot
 * reach. Keyed by a registered symbol, so separately bundled scripts find the same slot.
 */
export function isolatedWorldSlot<T>(name: string): { lend(value: T): void; get(): T | undefined } {
  const key = Symbol.for(`replyloop.${name}`);
  const world = globalThis as unknown as Record<symbol, T | undefined>;
  return {
    lend: (value) => void (world[key] = value),
    get: () => world[key],
  };
}
