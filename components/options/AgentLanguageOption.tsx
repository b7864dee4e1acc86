import { useEffect, useState } from 'react';
import { AGENT_LANGUAGES } from '@/utils/drafting-tools/language';
import { i18n } from '@/utils/i18n';
import { agentLanguageItem } from '@/utils/settings/settings';

/** The language the agent reads (#16): drafts in another get "Translate to …" in the panel. Saved when chosen. */
export function AgentLanguageOption() {
  const [language, setLanguage] = useState<string | null>(null);
  useEffect(() => void agentLanguageItem.getValue().then(setLanguage), []);
  if (language === null) return null;
  return (
    <fieldset>
      <legend>{i18n.t('agentLanguage.legend')}</legend>
      <label htmlFor="agentLanguage">{i18n.t('agentLanguage.label')}</label>
      <select
        id="agentLanguage"
        value={language}
        onChange={(event) => {
          setLanguage(event.target.value);
          void agentLanguageItem.setValue(event.target.value);
        }}
      >
        {AGENT_LANGUAGES.map((option) => (
          <option key={option.code} value={option.code}>
            {option.name}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
