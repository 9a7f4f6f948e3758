import { Fragment, useState } from 'react';
import type { SimilarUnit } from '../../../shared/analysis/similar-units';
import type { SimilarityVariable } from '../../../shared/analysis/similar-units-query';
import type { SavedPeerSet } from '../../../shared/app/peers';
import { UnitVariables } from './UnitVariables';
import { useI18n } from '../../state/i18n-context';
import { useMessages } from '../../state/message-context';
import { useAnalysisChoice } from '../../state/use-analysis-choice';
import { useRunAction } from '../../state/use-run-action';
import { useCommand, useRunCommand } from '../../state/use-command';
import { PeerSetEditor, type Draft } from './PeerSetEditor';
import { PeerSetHistory } from './PeerSetHistory';
import { NetworkSummary } from './NetworkSummary';

type VariableOption = Readonly<{ key: string; label: string; variable: SimilarityVariable }>;

const NONE = {} as const;

const EMPTY: Draft = { peerSetId: null, name: '', members: [], why: '' };

function newId(name: string): string {
  const base = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `named:${base || 'grupp'}-${Date.now().toString(36)}`;
}

/** Jämförelsegrupper: saved named sets (versioned), and liknande kommuner on chosen variables. */
export function PeersPage() {
  const { t, num } = useI18n();
  const { show } = useMessages();
  const run = useRunAction();
  const command = useRunCommand();
  const { kommuner, choice } = useAnalysisChoice();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [variables, setVariables] = useState<readonly string[]>([]);
  const [k, setK] = useState(7);
  const [weights, setWeights] = useState<Readonly<Record<string, number>>>({});
  const [similar, setSimilar] = useState<readonly SimilarUnit[] | null>(null);
  const [historyOf, setHistoryOf] = useState<string | null>(null);

  const saved = useCommand('peers.list', NONE).data ?? [];
  const allKommuner = useCommand('peers.kommuner', NONE).data ?? [];
  const similarity = useCommand('peers.similarityOptions', NONE).data;
  const options: readonly VariableOption[] = [
    ...(similarity?.ownVariables ?? []).map((variable) => ({
      key: `v:${variable}`,
      label: t('peers.variableOption', { label: variable }),
      variable: { variable, weight: 1 },
    })),
    ...(similarity?.series ?? []).map((s) => ({
      key: `s:${s.seriesId}`,
      label: s.background ? t('peers.backgroundOption', { label: s.label }) : s.label,
      variable: { seriesId: s.seriesId, weight: 1 },
    })),
  ];
  const labelOf = (key: string) => options.find((o) => o.key === key)?.label ?? key;

  const save = (d: Draft) =>
    run(async () => {
      const peerSetId = d.peerSetId ?? newId(d.name);
      const before = saved.find((x) => x.id === peerSetId)?.version;
      const name = d.name.trim();
      const version = await command(
        'peers.save',
        { peerSetId, name, members: d.members, definition: { why: d.why, by: 'hand' } },
        { changesData: true },
      );
      setDraft(EMPTY);
      show({
        kind: 'info',
        text: t(before === version ? 'peers.unchangedMsg' : 'peers.savedMsg', { name, version }),
      });
    });

  /** Where a set is in use: the analysis views (always its current version) and saved reports (their pinned version). */
  const usedBy = (s: SavedPeerSet): string => {
    const uses = [
      ...(choice?.peers.kind === 'named' && choice.peers.peerSetId === s.id
        ? [t('peers.usedByAnalysis')]
        : []),
      ...s.usedBy.map((u) =>
        u.version === null
          ? t('peers.usedByReportCurrent', { name: u.name })
          : t('peers.usedByReport', { name: u.name, version: u.version }),
      ),
    ];
    return uses.length > 0 ? uses.join('; ') : t('peers.notUsed');
  };

  const homeName = kommuner.find((x) => x.code === choice?.home)?.name ?? '';
  const nameOf = (code: string) => allKommuner.find((x) => x.code === code)?.name ?? code;
  return (
    <>
      <h1>{t('page.peers.title')}</h1>
      <section aria-labelledby="saved-title">
        <h2 id="saved-title">{t('peers.saved')}</h2>
        {saved.length === 0 ? (
          <p className="hint">{t('peers.none')}</p>
        ) : (
          <table className="data-table" data-testid="peer-sets">
            <thead>
              <tr>
                <th scope="col">{t('peers.name')}</th>
                <th scope="col" className="num">
                  {t('peers.members')}
                </th>
                <th scope="col" className="num">
                  {t('peers.version')}
                </th>
                <th scope="col">{t('peers.why')}</th>
                <th scope="col">{t('peers.usedBy')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('peers.edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {saved.map((s) => (
                <Fragment key={s.id}>
                  <tr>
                    <th scope="row">{s.name}</th>
                    <td className="num">{num(s.members)}</td>
                    <td className="num">{s.version}</td>
                    <td>{s.why ?? ''}</td>
                    <td>{usedBy(s)}</td>
                    <td className="nowrap">
                      <button
                        type="button"
                        aria-label={`${t('peers.edit')} ${s.name}`}
                        onClick={() =>
                          run(async () => {
                            const members = await command('peers.members', { peerSetId: s.id });
                            setDraft({ peerSetId: s.id, name: s.name, members, why: s.why ?? '' });
                          })
                        }
                      >
                        {t('peers.edit')}
                      </button>{' '}
                      <button
                        type="button"
                        aria-expanded={historyOf === s.id}
                        aria-controls={historyOf === s.id ? `history-${s.id}` : undefined}
                        aria-label={`${historyOf === s.id ? t('peers.hideHistory') : t('peers.showHistory')} ${s.name}`}
                        onClick={() => setHistoryOf(historyOf === s.id ? null : s.id)}
                      >
                        {historyOf === s.id ? t('peers.hideHistory') : t('peers.showHistory')}
                      </button>
                    </td>
                  </tr>
                  {historyOf === s.id && (
                    <tr>
                      <td colSpan={6} id={`history-${s.id}`}>
                        <PeerSetHistory
                          set={s}
                          inAnalysis={
                            choice?.peers.kind === 'named' && choice.peers.peerSetId === s.id
                          }
                          nameOf={nameOf}
                        />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {saved.length > 0 && choice && <NetworkSummary sets={saved} year={choice.to} />}
      <PeerSetEditor
        draft={draft}
        kommuner={allKommuner}
        onChange={setDraft}
        onSave={() => save(draft)}
      />
      <UnitVariables onDraft={setDraft} />
      {choice && options.length > 0 && (
        <section aria-labelledby="similar-title">
          <h2 id="similar-title">{t('peers.similar')}</h2>
          <p>{t('peers.similarIntro', { k, home: homeName })}</p>
          <div className="controls">
            <div className="field">
              <label htmlFor="similar-variables">{t('peers.variables')}</label>
              <select
                id="similar-variables"
                multiple
                size={8}
                value={[...variables]}
                onChange={(e) => setVariables(Array.from(e.target.selectedOptions, (o) => o.value))}
              >
                {options.map((o) => (
                  <option key={o.key} value={o.key}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
            <label>
              {t('peers.k')}
              <input
                type="number"
                min={1}
                max={30}
                value={k}
                onChange={(e) => setK(Math.max(1, Math.min(30, Number(e.target.value) || 7)))}
              />
            </label>
          </div>
          {variables.length > 0 && (
            <fieldset className="controls">
              <legend>{t('peers.weights')}</legend>
              {variables.map((key, i) => (
                <div className="field" key={key}>
                  <label htmlFor={`weight-${i}`}>{labelOf(key)}</label>
                  <input
                    id={`weight-${i}`}
                    type="number"
                    min={0}
                    max={10}
                    step={0.5}
                    value={weights[key] ?? 1}
                    onChange={(e) =>
                      setWeights({
                        ...weights,
                        [key]: Math.max(0, Math.min(10, Number(e.target.value) || 0)),
                      })
                    }
                  />
                </div>
              ))}
            </fieldset>
          )}
          <button
            type="button"
            disabled={variables.length === 0}
            onClick={() =>
              run(async () => {
                setSimilar(
                  await command('peers.similar', {
                    home: choice.home,
                    variables: variables.flatMap((key) => {
                      const v = options.find((o) => o.key === key)?.variable;
                      return v ? [{ ...v, weight: weights[key] ?? 1 }] : [];
                    }),
                    k,
                  }),
                );
              })
            }
          >
            {t('peers.find')}
          </button>
          {similar && (
            <>
              <table className="data-table" data-testid="similar">
                <thead>
                  <tr>
                    <th scope="col">{t('peers.members')}</th>
                    <th scope="col" className="num">
                      {t('peers.distance')}
                    </th>
                    <th scope="col">{t('peers.contributions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {similar.map((s) => (
                    <tr key={s.unitCode}>
                      <th scope="row">{nameOf(s.unitCode)}</th>
                      <td className="num">{num(s.distance, 2)}</td>
                      <td>
                        {s.contributions
                          .map((c, i) => `${labelOf(variables[i] ?? '')}: ${num(c, 2)}`)
                          .join('; ')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <button
                type="button"
                onClick={() =>
                  setDraft({
                    peerSetId: null,
                    name: `Liknande ${homeName}`,
                    members: similar.map((s) => s.unitCode),
                    why: `${similar.length} närmaste på: ${variables.map((v) => `${labelOf(v)}${(weights[v] ?? 1) !== 1 ? ` (vikt ${weights[v]})` : ''}`).join(', ')}`,
                  })
                }
              >
                {t('peers.useAsGroup')}
              </button>
            </>
          )}
        </section>
      )}
    </>
  );
}
