import { MAX_TONE_CHARS, type AgentVoice } from '@/utils/voice';

export interface VoiceValue {
  voice: AgentVoice;
  teamTone: string;
}

/** The agent's greeting and signature (theirs alone), and the team's tone (shared through Team sync). */
export function VoiceOptions({ value, onChange }: { value: VoiceValue; onChange(value: VoiceValue): void }) {
  const setVoice = (changes: Partial<AgentVoice>) => onChange({ ...value, voice: { ...value.voice, ...changes } });
  return (
    <fieldset>
      <legend>Your voice</legend>
      <label htmlFor="greeting">Greeting</label>
      <input id="greeting" maxLength={200} value={value.voice.greeting} onChange={(event) => setVoice({ greeting: event.target.value })} placeholder="Hi {name}, — {name} is the customer’s first name; empty keeps the model’s" />
      <label htmlFor="signature">Signature</label>
      <textarea id="signature" rows={3} maxLength={500} value={value.voice.signature} onChange={(event) => setVoice({ signature: event.target.value })} placeholder={'Best,\nSam · Acme Support'} />
      <label htmlFor="teamTone">Team tone guidance (shared with Team sync)</label>
      <textarea id="teamTone" rows={3} maxLength={MAX_TONE_CHARS} value={value.teamTone} onChange={(event) => onChange({ ...value, teamTone: event.target.value })} placeholder="Warm and plain; no jargon; never blame the customer." />
    </fieldset>
  );
}
