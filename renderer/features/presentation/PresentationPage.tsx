import { useCallback, useRef, useState, type ReactNode } from 'react';
import { changeUnit, changeVerdict } from '../../../shared/analysis/change';
import { areaLabel } from '../../../shared/model/areas';
import type { ReportDocument } from '../../../shared/report/report-document';
import { STANDING_SYMBOL } from '../../components/standing-style';
import { useI18n } from '../../state/i18n-context';
import { useNamndrapport } from '../../state/use-namndrapport';

type Slide = Readonly<{ title: string; body: ReactNode; notes: string }>;

function slidesOf(doc: ReportDocument, t: ReturnType<typeof useI18n>['t'], lang: 'sv' | 'en', num: (x: number) => string): Slide[] {
  const latest = doc.years[1];
  const latestCells = doc.meta.filter((c) => c.year === latest);
  return [
    { title: doc.title, body: <p className="slide-lead">{t('page.overview.caveat')}</p>, notes: doc.sourceLine },
    {
      title: `${t('report.meta')} ${latest}`,
      body: (
        <>
          <ul className="slide-list">
            {latestCells.map((c) => (
              <li key={c.key}>
                <strong>{areaLabel(c.key, lang)}</strong>: {STANDING_SYMBOL.favourable} {c.counts.favourable} {t('standing.favourable').toLowerCase()}, {STANDING_SYMBOL.middle} {c.counts.middle} {t('standing.middle').toLowerCase()}, {STANDING_SYMBOL.unfavourable} {c.counts.unfavourable} {t('standing.unfavourable').toLowerCase()}, {t('report.without', { n: c.counts.missing + c.counts.insufficient + c.counts.no_direction })}
              </li>
            ))}
          </ul>
          <p className="hint">{t('report.withoutLegend')}</p>
        </>
      ),
      notes: doc.sourceLine,
    },
    {
      title: t('report.persistent'),
      body: doc.persistent.length === 0 ? <p>{t('overview.none')}</p> : (
        <ul className="slide-list">
          {doc.persistent.slice(0, 7).map((o) => (
            <li key={o.seriesId}>{STANDING_SYMBOL.unfavourable} {o.title} <span className="hint">({areaLabel(o.area, lang)}, {t('overview.years', { hits: o.hits, m: o.m })})</span></li>
          ))}
        </ul>
      ),
      notes: `${doc.sourceLine} ${doc.persistent.map((o) => `${o.title}: ${o.latest.sheet}!${o.latest.cell}`).join('; ')}`,
    },
    {
      title: t('report.changes', { year: latest }),
      body: (
        <ul className="slide-list">
          {doc.changes.slice(0, 7).map((c) => (
            <li key={c.seriesId}>
              {c.title} ({c.fromYear}–{c.toYear}): {c.from === null ? '–' : num(c.from)} → {c.to === null ? '–' : num(c.to)}
              {c.change === null ? '' : ` (${c.change > 0 ? '+' : ''}${num(c.change)} ${changeUnit(c.kind, c.title)}, ${t(`change.${changeVerdict(c.change, c.direction)}`)})`}
              {c.smallNumbers ? ' *' : ''}
            </li>
          ))}
        </ul>
      ),
      notes: `${doc.sourceLine} * = små tal eller sekretess.`,
    },
  ];
}

/** Presentationsläge: full screen, keyboard driven, offline; built from the same report document. */
export function PresentationPage() {
  const { t, lang, num } = useI18n();
  const { doc } = useNamndrapport();
  const [index, setIndex] = useState(0);
  const [notes, setNotes] = useState(false);
  const stage = useRef<HTMLDivElement>(null);
  const slides = doc ? slidesOf(doc, t, lang, num) : [];
  const go = useCallback((delta: number) => setIndex((i) => Math.max(0, Math.min(slides.length - 1, i + delta))), [slides.length]);
  const onKey = (e: React.KeyboardEvent) => {
    if (['ArrowRight', 'PageDown', ' '].includes(e.key)) go(1);
    else if (['ArrowLeft', 'PageUp'].includes(e.key)) go(-1);
    else if (e.key === 'Home') setIndex(0);
    else if (e.key === 'End') setIndex(slides.length - 1);
    else if (e.key.toLowerCase() === 'n') setNotes((v) => !v);
    else return;
    e.preventDefault();
  };
  const slide = slides[index];
  return (
    <>
      <h1>{t('page.presentation.title')}</h1>
      <p>{t('presentation.intro')}</p>
      <button
        type="button"
        className="primary"
        disabled={!doc}
        onClick={() => {
          stage.current?.focus();
          void stage.current?.requestFullscreen?.().catch(() => undefined);
        }}
      >
        {t('presentation.start')}
      </button>
      {slide && (
        <div ref={stage} className="stage" tabIndex={0} onKeyDown={onKey} data-testid="stage" role="region" aria-roledescription="presentation" aria-label={t('presentation.slide', { n: index + 1, total: slides.length })}>
          <section className="slide" aria-live="polite">
            <h2>{slide.title}</h2>
            {slide.body}
          </section>
          <div className="slide-bar">
            <button type="button" onClick={() => go(-1)} aria-label={t('presentation.prev')}>◀</button>
            <span>{t('presentation.slide', { n: index + 1, total: slides.length })}</span>
            <button type="button" onClick={() => go(1)} aria-label={t('presentation.next')}>▶</button>
            <button type="button" onClick={() => setNotes((v) => !v)}>{t('presentation.toggleNotes')}</button>
          </div>
          {notes && (
            <aside className="slide-notes" aria-label={t('presentation.notes')}>
              {slide.notes}
            </aside>
          )}
        </div>
      )}
    </>
  );
}
