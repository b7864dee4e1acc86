import { i18n } from '@/utils/i18n';
import { MAX_TONE_CHARS, type AgentVoice } from '@/utils/draft/voice';

/** The greeting's own placeholder for the customer's first name (utils/draft/voice.ts), shown as the agent types it. */
const GREETING_NAME = '{name}';

export interface VoiceValue {
  voice: AgentVoice;
  teamTone: string;
}

/** The agent's greeting and signature (theirs alone), and the team's tone (shared through Team sync). */
export function VoiceOptions({ value, onChange }: { value: VoiceValue; onChange(value: VoiceValue): void }) {
  const setVoice = (changes: Partial<AgentVoice>) => onChange({ ...value, voice: { ...value.voice, ...changes } });
  return (
    <fieldset>
      <legend>{i18n.t('voice.legend')}</legend>
      <label htmlFor="greeting">{i18n.t('voice.greeting')}</label>
      <input id="greeting" maxLength={200} value={value.voice.greeting} onChange={(event) => setVoice({ greeting: event.target.value })} placeholder={i18n.t('voice.greetingPlaceholder', { name: GREETING_NAME })} />
      <label htmlFor="signature">{i18n.t('voice.signature')}</label>
      <textarea id="signature" rows={3} maxLength={500} value={value.voice.signature} onChange={(event) => setVoice({ signature: event.target.value })} placeholder={i18n.t('voice.signaturePlaceholder')} />
      <label htmlFor="teamTone">{i18n.t('voice.teamTone')}</label>
      <textarea id="teamTone" rows={3} maxLength={MAX_TONE_CHARS} value={value.teamTone} onChange={(event) => onChange({ ...value, teamTone: event.target.value })} placeholder={i18n.t('voice.teamTonePlaceholder')} />
    </fieldset>
  );
}
