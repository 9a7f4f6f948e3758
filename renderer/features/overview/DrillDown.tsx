import { useEffect, useRef } from 'react';
import { stanceFor, type StanceNote } from '../../../shared/analysis/annotations';
import type { MetaCell } from '../../../shared/analysis/meta-analysis';
import type { StandingRow } from '../../../shared/analysis/standings-query';
import { StandingBadge } from '../../components/StandingBadge';
import type { Palette } from '../../components/standing-style';
import { useI18n } from '../../state/i18n-context';
import { useStandingFormat } from '../../state/use-standing-format';
import { indicatorHash } from '../../app/routes';
import { UncertaintyMarker } from '../areas/UncertaintyMarker';
import { StanceTag } from '../notes/StanceTag';

type Props = Readonly<{
  cell: MetaCell;
  title: string;
  standings: readonly StandingRow[];
  /** The hemkommun's notes with stances: a red row names its stance. */
  stances: readonly StanceNote[];
  palette: Palette;
  onClose: () => void;
}>;

/**
 * The indicators behind one heatmap cell, with values, peer median and the
 * source cell of each value; each indicator links to its Indikator view.
 * Opening it (or another cell) moves focus to its heading and scrolls it into
 * view: it opens below the heatmap, often below the fold.
 */
export function DrillDown({ cell, title, standings, stances, palette, onClose }: Props) {
  const { t } = useI18n();
  const rows = standings.filter((r) => cell.indicatorIds.includes(r.indicatorId));
  const format = useStandingFormat();
  const section = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
    section.current?.scrollIntoView({ block: 'start' });
  }, [cell.key, cell.year]);
  return (
    <section className="drill" aria-labelledby="drill-title" data-testid="drill-down" ref={section}>
      <div className="drill-head">
        <h2 id="drill-title" ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" onClick={onClose}>
          {t('overview.closeDrill')}
        </button>
      </div>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('overview.indicator')}</th>
            <th scope="col">{t('overview.standing')}</th>
            <th scope="col" className="num">
              {t('overview.value')}
            </th>
            <th scope="col" className="num">
              {t('overview.median')}
            </th>
            <th scope="col">{t('overview.source')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const stance =
              r.standing === 'unfavourable' ? stanceFor(stances, r.seriesId, r.year) : null;
            return (
              <tr key={r.indicatorId}>
                <th scope="row">
                  {r.seriesId ? <a href={indicatorHash(r.seriesId)}>{r.title}</a> : r.title}
                </th>
                <td>
                  <StandingBadge standing={r.standing} palette={palette} />
                  <UncertaintyMarker row={r} />
                  {stance && (
                    <>
                      {' '}
                      <StanceTag stance={stance.stance} />
                    </>
                  )}
                </td>
                <td className="num">{format.homeValue(r)}</td>
                <td className="num">{format.peerMedian(r)}</td>
                <td>
                  <code>
                    {r.sheet}!{r.cell}
                  </code>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
