import { test as base, type BrowserContext } from '@playwright/test';
import { startLlmServer, type LlmServer } from '../llm-server/server';
import { extensionIdOf, launchWithExtension } from '../support/browser';

export { configureModel, openPanel, readTable, serveHelpdesk, tabIdOf, writeRows } from '../support/browser';

interface ExtensionFixtures {
  llm: LlmServer;
  context: BrowserContext;
  extensionId: string;
}

/** Each test gets its own model server and a fresh browser profile with the extension. */
export const test = base.extend<ExtensionFixtures>({
  llm: async ({}, use) => {
    const server = await startLlmServer();
    await use(server);
    await server.close();
  },
  context: async ({}, use) => {
    const { context } = await launchWithExtension();
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
});

export { expect } from '@playwright/test';
