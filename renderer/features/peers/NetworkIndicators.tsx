import { SortableHeader } from '../../components/SortableHeader';
import { Fragment, useId, useState } from 'react';
import {
  sharedReds,
  type NetworkIndicatorCell,
  type NetworkIndicatorRow,
} from '../../../shared/analysis/network';
import type { Standing } from '../../../shared/analysis/standing';
import type { SavedPeerSet } from '../../../shared/app/peers';
import { areaLabel } from '../../../shared/model/areas';
import { ComputeStatus } from '../../components/ComputeStatus';
import { STANDING_SYMBOL } from '../../components/standing-style';
import { useI18n } from '../../state/i18n-context';
import { useCommand } from '../../state/use-command';
import { newDevelopmentAreaHash } from '../development-areas/development-route';

const NONE = {} as const;
const ORDER: Readonly<Record<Standing, number>> = {
  favourable: 0,
  middle: 1,
  unfavourable: 2,
  insufficient: 3,
  no_direction: 4,
  missing: 5,
};
type SortKey = 'title' | 'year' | 'red' | `member:${string}`;

/**
 * Nätverket på indikatornivå (issue 20 item 1): for one area, each member's
 * value with its standing against the network and against riket, every
 * indicator at its own latest year; a Ja/Nej split and who switched Ja↔Nej
 * (with or without an utvecklingsområde) flagged; "gemensamma
 * röda" where at least k of the N members are unfavourable against riket.
 */
export function NetworkIndicators({
  set,
  title,
  year,
}: Readonly<{ set: SavedPeerSet; title: string; year: number }>) {
  const { t, num, lang } = useI18n();
  const id = useId();
  const areas = useCommand('peers.areas', NONE).data ?? [];
  const [area, setArea] = useState<string | null>(null);
  const [asked, setAsked] = useState<string | null>(null);
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'title', desc: false });
  const [k, setK] = useState<number | null>(null);
  const chosenArea = area ?? areas[0] ?? null;
  const table = useCommand(
    'peers.networkIndicators',
    asked ? { peerSetId: set.id, version: set.version, area: asked, year } : null,
  );
  const data = table.data;
  const n = data?.members.length ?? 0;
  const need = k ?? Math.max(2, Math.ceil(n / 2));
  const nameOf = (code: string) => data?.members.find((m) => m.code === code)?.name ?? code;

  const valueText = (row: NetworkIndicatorRow, c: NetworkIndicatorCell): string => {
    if (c.status !== 'ok') return c.status ? t(`status.${c.status}`) : '–';
    if (row.kind === 'yesno' && (c.value === 0 || c.value === 1))
      return t(c.value === 1 ? 'yesno.yes' : 'yesno.no');
    if (c.value !== null) return num(c.value, 1);
    return c.text ?? '–';
  };
  const mark = (standing: Standing, against: string) => (
    <span className="nowrap">
      <span aria-hidden="true">{STANDING_SYMBOL[standing]}</span>{' '}
      <span className="visually-hidden">{t(`standing.${standing}`)} </span>
      {against}
    </span>
  );

  const rows = [...(data?.rows ?? [])].sort((a, b) => {
    const dir = sort.desc ? -1 : 1;
    if (sort.key === 'title') return dir * a.title.localeCompare(b.title, lang);
    if (sort.key === 'year') return dir * (a.year - b.year);
    if (sort.key === 'red') return dir * (a.unfavourable.length - b.unfavourable.length);
    const code = sort.key.slice('member:'.length);
    const s = (r: NetworkIndicatorRow) => {
      const c = r.cells.find((x) => x.unitCode === code);
      return c ? ORDER[c.riket] * 10 + ORDER[c.network] : 99;
    };
    return dir * (s(a) - s(b));
  });
  const header = (key: SortKey, label: string, numeric = false) => (
    <SortableHeader sortKey={key} label={label} numeric={numeric} sort={sort} setSort={setSort} />
  );
  const shared = data ? sharedReds(data.rows, n, need) : [];
  const [testAsked, setTestAsked] = useState(false);
  const reds = shared.flatMap((s) =>
    s.seriesId ? [{ seriesId: s.seriesId, year: s.year, members: s.members }] : [],
  );
  const robustness = useCommand(
    'peers.sharedRedRobustness',
    testAsked && reds.length > 0 ? { reds } : null,
  );

  return (
    <section aria-labelledby={`${id}-title`} data-testid="network-indicators-section">
      <h3 id={`${id}-title`}>{t('network.indicatorsTitle')}</h3>
      <div className="controls">
        <div className="field">
          <label htmlFor={`${id}-area`}>{t('network.area')}</label>
          <select
            id={`${id}-area`}
            value={chosenArea ?? ''}
            onChange={(e) => setArea(e.target.value)}
          >
            {areas.map((a) => (
              <option key={a} value={a}>
                {areaLabel(a, lang)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          disabled={!chosenArea}
          onClick={() => chosenArea && setAsked(chosenArea)}
        >
          {t('network.showIndicators')}
        </button>
      </div>
      <ComputeStatus busy={table.loading} error={table.error} />
      {data && asked && (
        <>
          <p>{t('network.indicatorsIntro', { name: title, year })}</p>
          {data.rows.length === 0 ? (
            <p className="hint">{t('network.noIndicators')}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table" data-testid="network-indicators">
                <caption>{`${title}: ${areaLabel(data.area, lang)}`}</caption>
                <thead>
                  <tr>
                    {header('title', t('network.indicator'))}
                    {header('year', t('network.year'), true)}
                    {data.members.map((m) => (
                      <Fragment key={m.code}>{header(`member:${m.code}`, m.name)}</Fragment>
                    ))}
                    {header('red', t('network.redCount'), true)}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.key}>
                      <th scope="row">
                        {r.title}
                        {r.split && (
                          <>
                            <br />
                            <span className="hint" data-testid="network-split">
                              {t('network.split', r.split)}
                            </span>
                          </>
                        )}
                        {r.flips.length > 0 && (
                          <>
                            <br />
                            <span className="hint" data-testid="network-flips">
                              {t('network.flips', {
                                year: r.flips[0]!.fromYear,
                                list: r.flips
                                  .map((f) =>
                                    t('network.flipItem', {
                                      kommun: nameOf(f.unitCode),
                                      from: t(f.from === 1 ? 'yesno.yes' : 'yesno.no'),
                                      to: t(f.to === 1 ? 'yesno.yes' : 'yesno.no'),
                                      area: t(
                                        f.developmentArea
                                          ? 'network.flipWithArea'
                                          : 'network.flipWithoutArea',
                                      ),
                                    }),
                                  )
                                  .join('; '),
                              })}
                            </span>
                          </>
                        )}
                      </th>
                      <td className="num">{r.year}</td>
                      {r.cells.map((c) => (
                        <td key={c.unitCode}>
                          {valueText(r, c)}
                          <br />
                          {mark(c.network, t('network.againstNetwork'))}
                          <br />
                          {mark(c.riket, t('network.againstRiket'))}
                        </td>
                      ))}
                      <td className="num">{r.unfavourable.length}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h4>{t('network.shared')}</h4>
          <p>{t('network.sharedIntro', { k: need, n })}</p>
          <div className="field">
            <label htmlFor={`${id}-k`}>{t('network.k')}</label>
            <input
              id={`${id}-k`}
              type="number"
              min={1}
              max={Math.max(1, n)}
              value={need}
              onChange={(e) =>
                setK(Math.max(1, Math.min(Math.max(1, n), Math.floor(Number(e.target.value)) || 1)))
              }
            />
          </div>
          {shared.length === 0 ? (
            <p className="hint">{t('network.sharedNone', { k: need })}</p>
          ) : (
            <>
              <button
                type="button"
                onClick={() => setTestAsked(true)}
                disabled={testAsked && robustness.loading}
              >
                {t('network.robustnessRun')}
              </button>
              <ComputeStatus busy={robustness.loading} error={robustness.error} />
              <table className="data-table" data-testid="network-shared-reds">
                <thead>
                  <tr>
                    <th scope="col">{t('network.indicator')}</th>
                    <th scope="col" className="num">
                      {t('network.year')}
                    </th>
                    <th scope="col">{t('network.sharedMembers')}</th>
                    <th scope="col">{t('network.yearsRed', { k: need })}</th>
                    <th scope="col">{t('network.robustness')}</th>
                    <th scope="col">{t('network.notes')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('development.createFrom')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {shared.map((s) => (
                    <tr key={s.key}>
                      <th scope="row">{s.title}</th>
                      <td className="num">{s.year}</td>
                      <td>{`${s.members.length} ${lang === 'sv' ? 'av' : 'of'} ${s.of}: ${s.members.map(nameOf).join(', ')}`}</td>
                      <td>
                        {t('network.yearsRedValue', {
                          count: s.yearsRed.length,
                          of: s.publishedYears.length,
                          years: s.yearsRed.join(', ') || '–',
                        })}
                      </td>
                      <td>
                        {robustness.data && s.seriesId
                          ? t('network.robustnessValue', {
                              n: s.members.length,
                              lan: robustness.data.filter(
                                (x) => x.seriesId === s.seriesId && x.lan === 'unfavourable',
                              ).length,
                              grupp: robustness.data.filter(
                                (x) =>
                                  x.seriesId === s.seriesId && x.kommungrupp === 'unfavourable',
                              ).length,
                            })
                          : '–'}
                      </td>
                      <td>
                        {s.notes.length === 0
                          ? '–'
                          : s.notes.map((n, i) => (
                              <p key={i} className="note-line">
                                <strong>{nameOf(n.unitCode)}</strong>
                                {n.year === null ? '' : ` (${n.year})`}
                                {n.stance ? ` – ${t(`stance.${n.stance}`)}` : ''}: {n.text}
                              </p>
                            ))}
                      </td>
                      <td>
                        {s.seriesId && (
                          <a
                            href={newDevelopmentAreaHash({
                              seriesId: s.seriesId,
                              peerSetId: set.id,
                              title: s.title,
                            })}
                            aria-label={t('development.createFromLabel', { label: s.title })}
                          >
                            {t('development.createFrom')}
                          </a>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </>
      )}
    </section>
  );
}
