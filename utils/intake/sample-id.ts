/** The welcome page's sample conversation: no customer, so none of the metrics may count it. */
export const SAMPLE_CONVERSATION_ID = 'web:replyloop:sample';
