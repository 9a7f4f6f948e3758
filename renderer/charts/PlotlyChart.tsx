import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../state/i18n-context';
import type { Figure } from '../../shared/charts/indicator-figures';

type PlotlyModule = {
  react(el: HTMLElement, data: unknown, layout: unknown, config: unknown): Promise<unknown>;
  purge(el: HTMLElement): void;
};

/**
 * plotly.js (the "strict" build: no eval, fits the CSP), loaded only when a
 * chart is first shown. A caption says what it shows; the same numbers are
 * always in a table next to it.
 */
export function PlotlyChart({ figure, label }: Readonly<{ figure: Figure; label: string }>) {
  const { t } = useI18n();
  const el = useRef<HTMLDivElement>(null);
  // plotly.js is large and loaded on first use: until the chart is drawn the figure says so.
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    let live = true;
    const node = el.current;
    void import('plotly.js-strict-dist-min').then((mod) => {
      const Plotly = ((mod as { default?: PlotlyModule }).default ?? mod) as PlotlyModule;
      if (live && node)
        void Plotly.react(node, figure.data, figure.layout, {
          displaylogo: false,
          responsive: true,
          modeBarButtonsToRemove: ['sendDataToCloud'],
        }).then(() => live && setDrawn(true));
    });
    return () => {
      live = false;
      if (node)
        void import('plotly.js-strict-dist-min').then((mod) =>
          (((mod as { default?: PlotlyModule }).default ?? mod) as PlotlyModule).purge(node),
        );
    };
  }, [figure]);
  // Not role="img": plotly's toolbar buttons inside must stay reachable. The caption describes the chart.
  return (
    <figure className="chart-figure">
      {!drawn && (
        <p className="hint" role="status">
          {t('chart.drawing')}
        </p>
      )}
      <div ref={el} className="chart" />
      <figcaption className="hint">{label}</figcaption>
    </figure>
  );
}
