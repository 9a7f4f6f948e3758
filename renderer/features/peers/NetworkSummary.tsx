import { useId, useState } from 'react';
import { latestYearsText } from '../../../shared/analysis/latest-year';
import { withoutStanding } from '../../../shared/analysis/meta-analysis';
import type { NetworkRow } from '../../../shared/analysis/network';
import type { SavedPeerSet } from '../../../shared/app/peers';
import { areaLabel } from '../../../shared/model/areas';
import { STANDING_SYMBOL } from '../../components/standing-style';
import { useI18n } from '../../state/i18n-context';
import { useRunCommand } from '../../state/use-command';
import { useRunAction } from '../../state/use-run-action';
import { NetworkIndicators } from './NetworkIndicators';

/**
 * Sammanställning för nätverket: for any saved set (its current version),
 * kommun × område with each kommun against the others, and member × indicator
 * for one area.
 */
export function NetworkSummary({
  sets,
  year,
}: Readonly<{ sets: readonly SavedPeerSet[]; year: number }>) {
  const { t } = useI18n();
  const id = useId();
  const [chosen, setChosen] = useState<string>(sets[0]?.id ?? '');
  const set = sets.find((s) => s.id === chosen) ?? sets[0];
  if (!set) return null;
  const title = t('peers.titleWithVersion', { name: set.name, version: set.version });
  return (
    <section aria-labelledby={`${id}-title`} className="peer-editor" data-testid="network-section">
      <h2 id={`${id}-title`}>{t('network.title', { name: title })}</h2>
      <div className="controls">
        <div className="field">
          <label htmlFor={`${id}-set`}>{t('network.choose')}</label>
          <select id={`${id}-set`} value={set.id} onChange={(e) => setChosen(e.target.value)}>
            {sets.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <AreaCounts key={`${set.id}:${set.version}:${year}`} set={set} year={year} />
      <NetworkIndicators
        key={`i:${set.id}:${set.version}:${year}`}
        set={set}
        title={title}
        year={year}
      />
    </section>
  );
}

/** Kommun × område: ▲ ● ▼ counts per area, each member against the others. */
function AreaCounts({ set, year }: Readonly<{ set: SavedPeerSet; year: number }>) {
  const { t, lang } = useI18n();
  const run = useRunAction();
  const command = useRunCommand();
  const [rows, setRows] = useState<readonly NetworkRow[] | null>(null);
  const areas = [...new Set(rows?.flatMap((r) => r.cells.map((c) => c.key)) ?? [])].sort();
  return (
    <>
      {!rows ? (
        <button
          type="button"
          onClick={() =>
            run(async () => {
              setRows(
                await command('peers.networkSummary', {
                  peerSetId: set.id,
                  year,
                  version: set.version,
                }),
              );
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
    </>
  );
}
