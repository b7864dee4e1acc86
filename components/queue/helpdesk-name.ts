import { i18n } from '@/utils/i18n';
import type { HelpdeskId } from '@/utils/intake/conversation';
import { HELPDESK_NAMES } from '@/utils/review/review-display';

/** A helpdesk's name as its makers write it, in every language; only "a web page" is a translated word. */
export const helpdeskName = (helpdesk: HelpdeskId): string => (helpdesk === 'web' ? i18n.t('reviewQueue.webPage') : HELPDESK_NAMES[helpdesk]);
