import { i18n } from '@/utils/i18n';
import type { ConversationSnapshot } from './conversation';

/** One id for the sample: drafting it again on the same page answers the same message, so no second draft is made. */
import { SAMPLE_CONVERSATION_ID } from './sample-id';

export { SAMPLE_CONVERSATION_ID };

/**
 * The conversation the welcome page lets a new user draft for (#15), in the browser's language:
 * an ordinary "where is my parcel" question, so the first draft shows the loop and not a safety
 * hold. A 'web' conversation, like a selection on any page: Approve copies the reply, since the
 * welcome page has no helpdesk reply box.
 */
export function sampleConversation(pageUrl: string): ConversationSnapshot {
  const customer = i18n.t('welcome.sample.customer');
  return {
    helpdesk: 'web',
    id: SAMPLE_CONVERSATION_ID,
    url: pageUrl,
    subject: i18n.t('welcome.sample.subject'),
    customer: { name: customer, email: 'maria.lopez@example.com' },
    messages: [{ id: 'sample-1', role: 'customer', author: customer, sentAt: null, text: i18n.t('welcome.sample.message') }],
  };
}
