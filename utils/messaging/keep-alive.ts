import { browser } from 'wxt/browser';

/** Chrome stops an MV3 worker after ~30 s without extension events or API calls. */
const PING_INTERVAL_MS = 20_000;

/**
 * Runs work that may outlast the worker's idle timeout (a slow model stream),
 * calling a cheap extension API meanwhile so the worker is not stopped under it.
 */
export async function withKeepAlive<T>(work: () => Promise<T>): Promise<T> {
  const timer = setInterval(() => void browser.runtime.getPlatformInfo(), PING_INTERVAL_MS);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}
