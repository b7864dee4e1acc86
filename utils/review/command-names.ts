/**
 * Browser-wide shortcuts (manifest `commands`), so an agent typing in the
 * helpdesk needs not click into the panel first. Rebindable at
 * chrome://extensions/shortcuts; the panel's shortcut help lists them. The
 * descriptions are worded in locales/ (browserCommands), as the browser shows them.
 */
export const COMMANDS = {
  'open-review-panel': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_browserCommands_openPanel__' },
  'approve-draft': { suggested_key: { default: 'Alt+Shift+Y' }, description: '__MSG_browserCommands_approve__' },
  'next-draft': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_browserCommands_next__' },
} as const;
