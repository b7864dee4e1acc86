import { i18n } from '@/utils/i18n';
import { REDACTION_KINDS, type RedactionKind, type RedactionKinds } from '@/utils/privacy/redaction';

const KIND_LABEL: Record<RedactionKind, () => string> = {
  email: () => i18n.t('privacy.kind.email'),
  phone: () => i18n.t('privacy.kind.phone'),
  card: () => i18n.t('privacy.kind.card'),
  iban: () => i18n.t('privacy.kind.iban'),
  'national-id': () => i18n.t('privacy.kind.nationalId'),
  address: () => i18n.t('privacy.kind.address'),
  'customer-name': () => i18n.t('privacy.kind.customerName'),
};

/** Which personal data is hidden from the model; the draft the agent sees has the real values back. */
export function PrivacyOptions({ value, onChange }: { value: RedactionKinds; onChange(value: RedactionKinds): void }) {
  return (
    <fieldset>
      <legend>{i18n.t('privacy.legend')}</legend>
      <p className="muted">{i18n.t('privacy.explanation')}</p>
      {REDACTION_KINDS.map((kind) => (
        <label key={kind}>
          <input type="checkbox" checked={value[kind]} onChange={(event) => onChange({ ...value, [kind]: event.target.checked })} /> {KIND_LABEL[kind]()}
        </label>
      ))}
    </fieldset>
  );
}
