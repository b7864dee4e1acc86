import i18nModule from '@wxt-dev/i18n/module';
import { defineWxtModule } from 'wxt/modules';

/**
 * Every user-visible string comes from locales/*.yml through @wxt-dev/i18n (issue #15): it turns
 * them into _locales/<lang>/messages.json for browser.i18n and types `i18n.t` by the English keys.
 * English is the default locale: a browser in any language without its own file gets English.
 */
export default defineWxtModule({
  name: 'replyloop:i18n',
  setup(wxt) {
    wxt.config.manifest.default_locale = 'en';
    return i18nModule.setup?.(wxt, undefined);
  },
});
