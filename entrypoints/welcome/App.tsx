import { OptionsLink } from '@/components/OptionsLink';
import { ModelStep } from '@/components/welcome/ModelStep';
import { SampleDraftStep } from '@/components/welcome/SampleDraftStep';
import { useModelSettings } from '@/components/use-model-settings';
import { i18n } from '@/utils/i18n';

/** Opened on install (#15): connect a model, see a first draft on a sample conversation, then go to the helpdesk. */
export function App() {
  const saved = useModelSettings();
  return (
    <main className="options welcome">
      <h1>{i18n.t('welcome.title')}</h1>
      <p>{i18n.t('welcome.intro')}</p>
      <ModelStep />
      {saved && <SampleDraftStep modelReady={saved.apiKey !== ''} />}
      <section className="options-section" aria-labelledby="step3-heading">
        <h2 id="step3-heading">{i18n.t('welcome.step3')}</h2>
        <p>{i18n.t('welcome.step3Explain')}</p>
        <OptionsLink />
      </section>
    </main>
  );
}
