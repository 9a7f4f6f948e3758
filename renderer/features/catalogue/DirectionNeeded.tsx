import { directionReasonLabel } from '../../../shared/i18n/model-labels';
import { useId, useRef, useState } from 'react';
import type { SeriesNeedingDirection } from '../../../shared/analysis/direction-needed';
import { areaLabel } from '../../../shared/model/areas';
import { DIRECTIONS, type Direction } from '../../../shared/model/indicators';
import { useI18n } from '../../state/i18n-context';
import { useMessages } from '../../state/message-context';
import { useRunAction } from '../../state/use-run-action';
import { useCommand, useRunCommand } from '../../state/use-command';

const FIRST_SHOWN = 5;

/** Years as a controller reads them: "2021–2023" for a run, "2019, 2023" otherwise. */
function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return '';
  const run = years.every((y, i) => i === 0 || y === years[i - 1]! + 1);
  return run && years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : years.join(', ');
}

/**
 * "Behöver riktning": the series whose file neither says nor shows which way
 * is better. Asks once per series; the choice applies to every year, also to
 * files imported later (series_setting), and the series leaves the list.
 */
export function DirectionNeeded() {
  const { t, lang, num } = useI18n();
  const run = useRunAction();
  const runCommand = useRunCommand();
  const { show } = useMessages();
  // A series answered leaves the list when the list is asked again after the change.
  const series = useCommand('catalogue.directionNeeded', {}).data ?? [];
  const [showAll, setShowAll] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();

  if (series.length === 0) return null;
  const visible = showAll ? series : series.slice(0, FIRST_SHOWN);

  const choose = (s: SeriesNeedingDirection, direction: Direction) =>
    run(async () => {
      await runCommand(
        'catalogue.setSeriesSetting',
        { seriesId: s.seriesId, patch: { direction } },
        { changesData: true },
      );
      // The chosen row disappears: keep the keyboard user in the list, not on <body>.
      heading.current?.focus();
      show({
        kind: 'info',
        text: t('directionNeeded.saved', {
          title: s.title,
          direction: t(`direction.${direction}`),
        }),
      });
    });

  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="direction-needed">
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('directionNeeded.title', { count: num(series.length) })}
      </h2>
      <p>{t('directionNeeded.intro')}</p>
      <ul className="direction-needed-list">
        {visible.map((s) => (
          <li key={s.seriesId}>
            <strong>{s.title}</strong>{' '}
            <span className="hint">
              {areaLabel(s.area, lang)} · {yearSpan(s.years)}
              {s.reason ? ` · ${directionReasonLabel(s.reason, lang)}` : ''}
            </span>
            <div
              className="button-row"
              role="group"
              aria-label={t('directionNeeded.choose', { title: s.title })}
            >
              {DIRECTIONS.map((d) => (
                <button key={d} type="button" onClick={() => choose(s, d)}>
                  {t(`direction.${d}`)}
                </button>
              ))}
            </div>
          </li>
        ))}
      </ul>
      {series.length > FIRST_SHOWN && (
        <button
          type="button"
          className="link-button"
          aria-expanded={showAll}
          onClick={() => setShowAll((v) => !v)}
        >
          {showAll
            ? t('directionNeeded.showFewer')
            : t('directionNeeded.showAll', { count: num(series.length) })}
        </button>
      )}
    </section>
  );
}
