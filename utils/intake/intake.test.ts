import { describe, expect, it, vi } from 'vitest';
import { ticket } from '@/test/support/worker-fakes';
import type { Drafting } from '../draft/drafting';
import { createIntake } from './intake';
import type { createSentCapture } from '../review/sent-capture';

function intake(recordAndDraft: Drafting['recordAndDraft']) {
  const problems: (string | null)[] = [];
  const takeIn = createIntake({
    drafting: { prepare: () => undefined, recordAndDraft } as unknown as Drafting,
    sentCapture: { captureSentReply: async () => undefined } as ReturnType<typeof createSentCapture>,
    reportStorageProblem: async (problem) => void problems.push(problem),
  });
  return { takeIn, problems };
}

describe('createIntake', () => {
  it('records a conversation (its draft starting with it), clearing any storage problem', async () => {
    const record = vi.fn<Drafting['recordAndDraft']>(async () => 'd1');
    const { takeIn, problems } = intake(record);
    await takeIn(ticket(), 7);
    expect(record).toHaveBeenCalledWith(ticket(), 7);
    expect(problems).toEqual([null]);
  });

  it('says so when storage is full, and keeps taking snapshots', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const record = vi.fn<Drafting['recordAndDraft']>().mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError')).mockResolvedValue(null);
    const { takeIn, problems } = intake(record);
    // The tab hears it too, and sends the snapshot again later: drafting resumes without a reload.
    await expect(takeIn(ticket(), 7)).resolves.toMatch(/storage is full/);
    expect(problems.at(-1)).toMatch(/storage is full/);
    await expect(takeIn(ticket(), 7)).resolves.toBeNull();
    expect(problems.at(-1)).toBeNull();
  });
});
