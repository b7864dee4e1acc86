import { useEffect, useState } from 'react';
import { loadModelSettings, modelSettingsItem, type ModelSettings } from '@/utils/settings/settings';

/** The saved model settings, kept current; null while loading. */
export function useModelSettings(): ModelSettings | null {
  const [settings, setSettings] = useState<ModelSettings | null>(null);
  useEffect(() => {
    void loadModelSettings().then(setSettings);
    return modelSettingsItem.watch(() => void loadModelSettings().then(setSettings));
  }, []);
  return settings;
}
