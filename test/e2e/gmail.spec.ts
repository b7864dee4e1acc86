import { configureModel, expect, openPanel, readTable, test } from './extension';
import { DAMAGED_THREAD_URL, newMessageText, openThreadFromInbox, replyBodyText, sendReply, serveGmail, threadMessages } from '../support/gmail-pages';
import { hostEditorLog } from '../support/host-editor';

const REPLY_TOPIC = 'You asked about "'; // the local model quotes the customer's message
const NEW_MESSAGE_DRAFT = "Hi Sam,\n\nnotes from today's call:";

test.describe('the review loop in Gmail', () => {
  test.beforeEach(async ({ context, extensionId, llm }) => {
    await configureModel(context, extensionId, llm);
    await serveGmail(context);
  });

  test("drafts for the customer's latest email, and Approve puts the draft in the open reply box", async ({ context, extensionId, llm }) => {
    const gmail = await context.newPage();
    await gmail.goto(DAMAGED_THREAD_URL);
    const panel = await openPanel(context, extensionId, gmail);

    await expect(panel.getByTestId('customer-message')).toContainText('The box was already dented');
    const draft = panel.getByTestId('draft-text');
    await expect(draft).toContainText(REPLY_TOPIC);
    await expect(panel.getByRole('button', { name: 'Approve', exact: true })).toBeEnabled();
    const draftText = (await draft.textContent())!;

    // The model saw the customer's latest email without the quoted reply or the signature.
    const prompt = JSON.stringify(llm.requests.find((request) => request.path === '/v1/chat/completions')?.body);
    expect(prompt).toMatch(/latest_customer_message>\\n[^<]*already dented/);
    expect(prompt).not.toMatch(/latest_customer_message>\\n[^<]*(Product Designer|so sorry)/);

    await panel.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect(panel.getByRole('status')).toContainText('Inserted into the reply box');
    await expect.poll(() => replyBodyText(gmail, 'damaged')).toContain(draftText.split('\n')[0]!);
    // Through the browser's editing path (Gmail takes no synthetic paste): its input listeners fired.
    expect((await hostEditorLog(gmail)).map((entry) => entry.inputType)).toContain('insertText');
    expect(await newMessageText(gmail)).toBe(NEW_MESSAGE_DRAFT);

    // Gmail's own Send sees the text, and ReplyLoop reads the sent reply back.
    await gmail.bringToFront();
    await sendReply(gmail, 'damaged');
    await expect(threadMessages(gmail, 'damaged').last()).toContainText(draftText.split('\n')[0]!);
    await expect.poll(async () => (await readTable<{ sentText: string | null }>(panel, 'reviews'))[0]?.sentText ?? '').toContain(
      draftText.split('\n')[0]!,
    );
  });

  test('follows the hash to another thread, and refuses a draft for the thread left behind', async ({ context, extensionId }) => {
    const gmail = await context.newPage();
    await gmail.goto(DAMAGED_THREAD_URL);
    const panel = await openPanel(context, extensionId, gmail);
    await expect(panel.getByTestId('customer-message')).toContainText('already dented');

    await openThreadFromInbox(gmail, 'Can I change the engraving on my order?');
    await expect(gmail).toHaveURL(/#inbox\/FMfcgzQVxbLqDnMGsWkTprHJcvZbwXxN$/);
    await expect(panel.getByTestId('customer-message')).toContainText('Could you change it to “For Mum”');
    await expect(panel.getByTestId('draft-text')).toContainText(REPLY_TOPIC);

    // Approve the first thread's draft while the tab shows the second.
    await panel.getByRole('navigation', { name: 'Drafts waiting for review' }).getByRole('button').first().click();
    await expect(panel.getByTestId('customer-message')).toContainText('already dented');
    await panel.getByRole('button', { name: 'Approve', exact: true }).click();

    await expect(panel.getByRole('alert')).toContainText('not the conversation this draft was written for');
    expect(await replyBodyText(gmail, 'damaged')).toBe('');
    expect(await replyBodyText(gmail, 'engraving')).toBe('');
    expect(await newMessageText(gmail)).toBe(NEW_MESSAGE_DRAFT);
    expect(await hostEditorLog(gmail)).toEqual([]);
  });

  test('a new email from the customer sets the waiting draft aside and drafts again', async ({ context, extensionId }) => {
    const gmail = await context.newPage();
    await gmail.goto(DAMAGED_THREAD_URL);
    const panel = await openPanel(context, extensionId, gmail);
    await expect(panel.getByTestId('draft-text')).toContainText(`${REPLY_TOPIC}Hi Dana, Here's the packaging photo.`);

    await gmail.locator('#fixture-new-message').click();

    await expect(panel.getByTestId('customer-message')).toContainText('the lid handle is loose too');
    await expect(panel.getByText('That draft was set aside')).toBeVisible();
    await expect(panel.getByTestId('draft-text')).toContainText(`${REPLY_TOPIC}One more photo: the lid handle is loose too.`);
  });
});
