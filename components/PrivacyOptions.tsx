import { REDACTION_KINDS, type RedactionKind, type RedactionKinds } from '@/utils/privacy/redaction';

const KIND_LABEL: Record<RedactionKind, string> = {
  email: 'Email addresses',
  phone: 'Phone numbers',
  card: 'Payment card numbers',
  iban: 'IBANs',
  'national-id': 'National ID numbers',
  address: 'Street addresses',
  'customer-name': 'The customer’s name',
};

/** Which personal data is hidden from the model; the draft the agent sees has the real values back. */
export function PrivacyOptions({ value, onChange }: { value: RedactionKinds; onChange(value: RedactionKinds): void }) {
  return (
    <fieldset>
      <legend>Privacy: hide from the model</legend>
      <p className="muted">Replaced with placeholders such as [EMAIL_1] before the model sees the conversation, and put back in the draft.</p>
      {REDACTION_KINDS.map((kind) => (
        <label key={kind}>
          <input type="checkbox" checked={value[kind]} onChange={(event) => onChange({ ...value, [kind]: event.target.checked })} /> {KIND_LABEL[kind]}
        </label>
      ))}
    </fieldset>
  );
}
