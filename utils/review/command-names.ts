/**
 * Browser-wide shortcuts (manifest `commands`), so an agent typing in the
 * helpdesk needs not click into the panel first. Rebindable at
 * chrome://extensions/shortcuts; the panel's shortcut help lists them.
 */
export const COMMANDS = {
  'open-review-panel': { suggested_key: { default: 'Alt+Shift+P' }, description: 'Open the ReplyLoop review panel' },
  'approve-draft': { suggested_key: { default: 'Alt+Shift+Y' }, description: 'Approve the draft for the conversation on screen' },
  'next-draft': { suggested_key: { default: 'Alt+Shift+J' }, description: 'Go to the next conversation with a draft waiting' },
} as const;
