import { useEffect, useId, useRef } from 'react';
import { useI18n } from '../../state/i18n-context';
import type { PresentationSlide } from './presentation-slides';
import { SlideView } from './SlideView';

type Props = Readonly<{ slides: readonly PresentationSlide[]; index: number; black: boolean }>;

/**
 * What the nämnd sees: the slide alone, in large type — no buttons and no
 * notes (those are in the presenter window). Operated from the keyboard or a
 * clicker; how is said in a visually hidden hint, and each new slide is
 * announced to a screen reader.
 */
export function AudienceStage({ slides, index, black }: Props) {
  const { t } = useI18n();
  const hintId = useId();
  const stage = useRef<HTMLDivElement>(null);
  const slide = slides[index];
  useEffect(() => stage.current?.focus(), []);
  if (!slide) return null;
  const position = t('presentation.stageLabel', { n: index + 1, total: slides.length });
  return (
    <div
      ref={stage}
      className={`show-stage${black ? ' show-black' : ''}`}
      role="dialog"
      aria-modal="true"
      aria-label={position}
      aria-describedby={hintId}
      tabIndex={-1}
      data-testid="stage"
      data-slide-index={index}
      data-black={black}
    >
      <p id={hintId} className="visually-hidden">
        {t('presentation.keysHint')}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {black ? t('presentation.blackScreen') : `${position}: ${slide.title}`}
      </p>
      {!black && (
        <>
          <SlideView slide={slide} mode="stage" headingLevel={2} />
          <p className="show-footer" aria-hidden="true">
            {index + 1} / {slides.length}
          </p>
        </>
      )}
    </div>
  );
}
