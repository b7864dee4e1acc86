import { describe, expect, it, vi } from 'vitest';
import { OK, refused } from '@/utils/messaging/messages';
import { copyWhenNotInserted } from './clipboard-fallback';

const NOT_TAKEN = { ok: false as const, reason: 'The reply box did not take the reply, so nothing was inserted.', fallback: 'clipboard' as const };

describe('copyWhenNotInserted', () => {
  it('copies the reply and says how to paste it when the reply box did not take it', async () => {
    const clipboard = { writeText: vi.fn(async () => undefined) };
    expect(await copyWhenNotInserted(NOT_TAKEN, 'Hi Sam', clipboard)).toEqual(
      refused('The reply box did not take the reply, so nothing was inserted. Copied to the clipboard; paste with Ctrl+V.'),
    );
    expect(clipboard.writeText).toHaveBeenCalledWith('Hi Sam');
  });

  it('says so when copying fails too', async () => {
    const clipboard = { writeText: vi.fn(async () => Promise.reject(new Error('not focused'))) };
    expect(await copyWhenNotInserted(NOT_TAKEN, 'Hi Sam', clipboard)).toMatchObject({ ok: false, reason: expect.stringContaining('copy it by hand') });
  });

  it('leaves successes and other refusals (another conversation open) alone, copying nothing', async () => {
    const clipboard = { writeText: vi.fn(async () => undefined) };
    expect(await copyWhenNotInserted(OK, 'Hi', clipboard)).toBe(OK);
    const interlock = refused('This tab now shows another conversation.');
    expect(await copyWhenNotInserted(interlock, 'Hi', clipboard)).toBe(interlock);
    expect(clipboard.writeText).not.toHaveBeenCalled();
  });
});
