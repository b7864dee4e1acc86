/**
 * Built content scripts import this instead of WXT's ContentScriptContext
 * (wxt.config.ts aliases `wxt/utils/content-script-context` here): WXT's
 * entry still constructs one for `main(ctx)`, but constructing this one
 * signals nothing to the page (WXT's posts the extension id to `window` and
 * dispatches a start-up event on `document`) and nothing the page does can end
 * it. Our content scripts ignore it and live by createExtensionContext (#19).
 */
export class ContentScriptContext {
  constructor(readonly contentScriptName: string) {}
}
