import { useMemo, useState } from 'react';
import { host } from '../../host/current-host';
import { useI18n } from '../../state/i18n-context';
import { useNamndrapport } from '../../state/use-namndrapport';
import { useRunAction } from '../../state/use-run-action';
import { AudienceStage } from './AudienceStage';
import { presentationSlides } from './presentation-slides';
import { useSlideShow } from './use-slide-show';

/** Where Esc takes the presenter: back to the report the slides come from. */
const REPORT_HASH = '#/rapport';

/**
 * Presentationsläge: the composed report (Rapport), one finding per slide, on
 * the audience screen; notes, the next slide, a timer and the buttons in a
 * second window (Electron: a BrowserWindow; web: a popup), kept in step over
 * a BroadcastChannel.
 */
export function PresentationPage() {
  const { t } = useI18n();
  const run = useRunAction();
  const { doc } = useNamndrapport();
  const slides = useMemo(() => (doc ? presentationSlides(doc, t) : []), [doc, t]);
  const show = useSlideShow(slides, () => {
    location.hash = REPORT_HASH;
  });
  const [blocked, setBlocked] = useState(false);

  const openPresenter = () =>
    run(async () => {
      const { opened } = await host.invoke('presenter.open', null);
      setBlocked(!opened);
    });

  return (
    <>
      <h1>{t('page.presentation.title')}</h1>
      <p>{t('presentation.composedIntro')}</p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={slides.length === 0}
          onClick={show.start}
        >
          {t('presentation.startShow')}
        </button>
        <button type="button" disabled={slides.length === 0} onClick={openPresenter}>
          {t('presentation.openPresenter')}
        </button>
      </div>
      <p role="status">{blocked ? t('presentation.presenterBlocked') : ''}</p>
      {!doc && <p className="hint">{t('report.building')}</p>}
      {slides.length > 0 && (
        <section aria-labelledby="slide-outline-title">
          <h2 id="slide-outline-title">{t('presentation.outline', { count: slides.length })}</h2>
          <ol data-testid="slide-outline">
            {slides.map((s, i) => (
              <li key={i} aria-current={i === show.index ? 'step' : undefined}>
                {s.title}
              </li>
            ))}
          </ol>
        </section>
      )}
      {show.presenting && <AudienceStage slides={slides} index={show.index} black={show.black} />}
    </>
  );
}
