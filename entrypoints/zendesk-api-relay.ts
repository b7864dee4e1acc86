import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { relayZendeskApiRequests } from '@/utils/draft-ahead/api-relay';

// Injected by the worker into a Zendesk tab before draft-ahead's API requests (utils/draft-ahead/inject-relay.ts).
export default defineUnlistedScript(() => relayZendeskApiRequests());
