import { useState, type FormEvent } from 'react';
import { ModelOptions, modelFieldErrors } from '@/components/options/ModelOptions';
import { useStoredSetting } from '@/components/options/use-stored-setting';
import { Button } from '@/components/ui/Button';
import { i18n } from '@/utils/i18n';
import { loadModelSettings, modelSettingsItem, modelSettingsSchema } from '@/utils/settings/settings';

type Status = { ok: boolean; text: string } | null;

/** Step 1: the options' model section (presets, Test connection) with a Save of its own. */
export function ModelStep() {
  const model = useStoredSetting(loadModelSettings, modelSettingsItem);
  const [triedSave, setTriedSave] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  if (!model.value) return null;

  async function save(event: FormEvent) {
    event.preventDefault();
    setTriedSave(true);
    const parsed = modelSettingsSchema.safeParse(model.toSave());
    if (!parsed.success || Object.keys(modelFieldErrors(model.value!)).length > 0) {
      setStatus({ ok: false, text: i18n.t('options.fixFields') });
      return;
    }
    await modelSettingsItem.setValue(parsed.data);
    model.saved(parsed.data);
    setStatus({ ok: true, text: i18n.t('welcome.savedModel', { model: parsed.data.model }) });
  }

  return (
    <form onSubmit={(event) => void save(event)} noValidate>
      <ModelOptions value={model.value} onChange={model.set} showAllErrors={triedSave} heading={i18n.t('welcome.step1')}>
        <div className="row save-row">
          <Button type="submit" variant="primary">
            {i18n.t('welcome.saveModel')}
          </Button>
          {status && (
            <p className={status.ok ? 'ready' : 'field-error'} role="status">
              {status.text}
            </p>
          )}
        </div>
      </ModelOptions>
    </form>
  );
}
