import { describe, expect, it, vi } from 'vitest';
import { cachedUntilChanged } from './cached-setting';

function watchable() {
  const listeners: (() => void)[] = [];
  return { watch: (callback: () => void) => listeners.push(callback), change: () => listeners.forEach((listener) => listener()) };
}

describe('cachedUntilChanged', () => {
  it('reads once until the setting changes, then reads the new value', async () => {
    let stored = 'a';
    const load = vi.fn(async () => stored);
    const item = watchable();
    const read = cachedUntilChanged(load, [item]);
    expect([await read(), await read()]).toEqual(['a', 'a']);
    expect(load).toHaveBeenCalledTimes(1);
    stored = 'b';
    item.change();
    expect(await read()).toBe('b');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('drops its copy when any of the settings it reads changes', async () => {
    const load = vi.fn(async () => 'x');
    const [first, second] = [watchable(), watchable()];
    const read = cachedUntilChanged(load, [first, second]);
    await read();
    second.change();
    await read();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('does not keep a failed read', async () => {
    const load = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new Error('storage busy')).mockResolvedValue('ok');
    const read = cachedUntilChanged(load, [watchable()]);
    await expect(read()).rejects.toThrow('storage busy');
    expect(await read()).toBe('ok');
  });
});
