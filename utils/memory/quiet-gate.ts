/**
 * Lets background work (memory's float32 rows, the start-up check of every
 * key) give way to foreground work (a recall, which a draft waits for): the
 * background waits until no foreground work runs and the last ended
 * `quietMs` ago, so the draft's own reads and model request go first. At
 * the start it also waits `holdMs`, unless foreground work ended sooner (#14).
 */
export interface QuietGate {
  /** Runs `work` as foreground work. */
  during<T>(work: () => Promise<T>): Promise<T>;
  /** Resolves when background work may run. */
  quiet(): Promise<void>;
}

const POLL_MS = 50;

export function createQuietGate(options: { quietMs: number; holdMs: number; now?: () => number }): QuietGate {
  const now = options.now ?? (() => performance.now());
  let running = 0;
  let calmFrom = now() + options.holdMs;
  return {
    async during(work) {
      running += 1;
      try {
        return await work();
      } finally {
        running -= 1;
        calmFrom = now() + options.quietMs;
      }
    },
    async quiet() {
      // Polled: foreground work that ends meanwhile moves the moment (earlier, or later).
      for (let wait = calmFrom - now(); running > 0 || wait > 0; wait = calmFrom - now()) {
        await new Promise((resolve) => setTimeout(resolve, Math.max(10, Math.min(running > 0 ? POLL_MS : wait, POLL_MS))));
      }
    },
  };
}
