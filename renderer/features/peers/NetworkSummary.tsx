import { useState } from 'react';
import { latestYearsText } from '../../../shared/analysis/latest-year';
import { withoutStanding } from '../../../shared/analysis/meta-analysis';
import { networkSummary, type NetworkRow } from '../../../shared/analysis/network';
import { areaLabel } from '../../../shared/model/areas';
import { STANDING_SYMBOL } from '../../components/standing-style';
import { useEngine } from '../../state/engine-context';
import { useI18n } from '../../state/i18n-context';
import { useRunAction } from '../../state/use-run-action';

/** Sammanställning för nätverket: kommun × område for a named group, each kommun against the others. */
export function NetworkSummary({
  peerSetId,
  name,
  year,
}: Readonly<{ peerSetId: string; name: string; year: number }>) {
  const { t, lang } = useI18n();
  const engine = useEngine();
  const run = useRunAction();
  const [rows, setRows] = useState<readonly NetworkRow[] | null>(null);
  const db = engine.state.phase === 'ready' ? engine.state.db : null;
  const areas = [...new Set(rows?.flatMap((r) => r.cells.map((c) => c.key)) ?? [])].sort();
  return (
    <section aria-labelledby={`network-${peerSetId}`} className="peer-editor">
      <h2 id={`network-${peerSetId}`}>{t('network.title', { name })}</h2>
      {!rows ? (
        <button
          type="button"
          onClick={() =>
            run(async () => {
              if (db) setRows(await networkSummary(db, peerSetId, year));
            })
          }
        >
          {t('network.show')}
        </button>
      ) : (
        <>
          <p>{t('network.introLatest', { year })}</p>
          <table className="data-table" data-testid="network">
            <thead>
              <tr>
                <th scope="col">{t('network.kommun')}</th>
                {areas.map((a) => (
                  <th key={a} scope="col">
                    {areaLabel(a, lang)}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t('network.persistent')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.unitCode}>
                  <th scope="row">{r.name}</th>
                  {areas.map((a) => {
                    const c = r.cells.find((x) => x.key === a);
                    return (
                      <td key={a} className="nowrap">
                        {c
                          ? `${STANDING_SYMBOL.favourable}${c.counts.favourable} ${STANDING_SYMBOL.middle}${c.counts.middle} ${STANDING_SYMBOL.unfavourable}${c.counts.unfavourable}`
                          : '–'}
                        {c && (
                          <span className="hint">{` · ${t('network.without', { n: withoutStanding(c.counts) })}`}</span>
                        )}
                        {c && (c.years.length !== 1 || c.years[0] !== year) && (
                          <span className="hint">{` (${latestYearsText(c.years, lang === 'sv' ? 'och' : 'and')})`}</span>
                        )}
                      </td>
                    );
                  })}
                  <td className="num">{r.persistentCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
