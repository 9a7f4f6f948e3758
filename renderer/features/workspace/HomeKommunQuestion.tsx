import { useEffect, useState } from 'react';
import { useAnalysisChoice } from '../../state/use-analysis-choice';
import { useEngine } from '../../state/engine-context';
import { useI18n } from '../../state/i18n-context';
import { useMessages } from '../../state/message-context';
import { HomeKommunDialog } from './HomeKommunDialog';

/** The workspace whose question was put off with "Inte nu": going to another view does not ask again. */
let putOffFor: unknown = null;

/**
 * Asks for the hemkommun once per workspace, where the analysis needs it: a
 * workspace with data and no saved hemkommun gets the question instead of
 * a silent guess. "Inte nu" leaves a button to answer later.
 */
export function HomeKommunQuestion() {
  const { t } = useI18n();
  const { state } = useEngine();
  const { show } = useMessages();
  const { needsHome, kommuner, suggestedHome, chooseHome } = useAnalysisChoice();
  const workspace = state.phase === 'ready' ? state.workspace : null;
  const [asking, setAsking] = useState(() => putOffFor !== workspace);
  // Another workspace is another question.
  useEffect(() => setAsking(putOffFor !== workspace), [workspace]);
  if (!needsHome) return null;
  return (
    <section
      className="home-question"
      aria-labelledby="home-question-title"
      data-testid="home-question"
    >
      <h2 id="home-question-title">{t('home.missingTitle')}</h2>
      <p>{t('home.missingBody')}</p>
      <button type="button" className="primary" onClick={() => setAsking(true)}>
        {t('home.choose')}
      </button>
      {asking && (
        <HomeKommunDialog
          kommuner={kommuner}
          suggested={suggestedHome}
          onChoose={(code) => {
            chooseHome(code);
            show({
              kind: 'info',
              text: t('home.saved', { name: kommuner.find((k) => k.code === code)?.name ?? code }),
            });
          }}
          onLater={() => {
            putOffFor = workspace;
            setAsking(false);
          }}
        />
      )}
    </section>
  );
}
