/**
 * How soon after an SPA navigation the content script re-reads the new
 * conversation: from the agent's click on another workspace tab to the
 * worker receiving the new conversation. Built extension, headless Chromium.
 */
import { startLlmServer } from '../llm-server/server';
import { configureModel, launchWithExtension } from '../support/browser';
import { serveZendesk, TICKET_URL } from '../support/zendesk-pages';

export async function runSpaLatencyBench(options: { json: boolean; quick: boolean }): Promise<void> {
  const switches = options.quick ? 6 : 40;
  const llm = await startLlmServer();
  const { context, extensionId } = await launchWithExtension();
  try {
    await configureModel(context, extensionId, llm);
    await serveZendesk(context, 'two-tickets');
    const page = await context.newPage();
    await page.goto(TICKET_URL);
    const worker = context.serviceWorkers()[0]!;
    // Record when each conversation report reaches the worker.
    await worker.evaluate(() => {
      const arrivals: { id: string; at: number }[] = [];
      (globalThis as unknown as { __arrivals: typeof arrivals }).__arrivals = arrivals;
      chrome.runtime.onMessage.addListener((message: { type?: string; conversation?: { id: string } }) => {
        if (message.type === 'conversation:seen' && message.conversation) arrivals.push({ id: message.conversation.id, at: Date.now() });
      });
    });
    await page.waitForTimeout(500);

    const latencies: number[] = [];
    for (let i = 0; i < switches; i += 1) {
      const target = i % 2 === 0 ? '12346' : '12345';
      const clickedAt = await page.evaluate((id) => {
        const at = Date.now();
        document.querySelector<HTMLElement>(`[data-test-id="header-tab"][data-entity-id="${id}"]`)!.click();
        return at;
      }, target);
      const arrival = await worker.evaluate(
        async ({ id, after }) => {
          const arrivals = (globalThis as unknown as { __arrivals: { id: string; at: number }[] }).__arrivals;
          for (let waited = 0; waited < 5_000; waited += 5) {
            const found = arrivals.find((entry) => entry.id.endsWith(`:${id}`) && entry.at >= after);
            if (found) return found.at;
            await new Promise((resolve) => setTimeout(resolve, 5));
          }
          return null;
        },
        { id: target, after: clickedAt },
      );
      if (arrival === null) throw new Error(`no re-read after switching to ticket ${target}`);
      latencies.push(arrival - clickedAt);
      await page.waitForTimeout(250);
    }
    latencies.sort((a, b) => a - b);
    const median = latencies[Math.floor(latencies.length / 2)]!;
    const p95 = latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.95))]!;
    if (options.json) {
      console.log(JSON.stringify({ metric: 'spa_reread_ms', helpdesk: 'zendesk', switches, median, p95, max: latencies.at(-1) }));
    } else {
      console.log(`SPA re-read (Zendesk workspace tab switch → worker has the new conversation), ${switches} switches:`);
      console.log(`  median ${median} ms, p95 ${p95} ms, max ${latencies.at(-1)} ms (target ≤ 300 ms)`);
    }
  } finally {
    await context.close();
    await llm.close();
  }
}
