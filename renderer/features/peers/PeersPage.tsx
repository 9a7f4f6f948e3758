import { useState } from 'react';
import { saveNamedPeerSet } from '../../../shared/analysis/peer-sets';
import type { SimilarUnit } from '../../../shared/analysis/similar-units';
import {
  similarUnits,
  type SimilarityVariable,
} from '../../../shared/analysis/similar-units-query';
import { UnitVariables } from './UnitVariables';
import { useEngine } from '../../state/engine-context';
import { useI18n } from '../../state/i18n-context';
import { useMessages } from '../../state/message-context';
import { useAnalysisChoice } from '../../state/use-analysis-choice';
import { useRunAction } from '../../state/use-run-action';
import { useDbQuery } from '../../state/use-db-query';
import { PeerSetEditor, type Draft } from './PeerSetEditor';
import { NetworkSummary } from './NetworkSummary';

type SavedSet = Readonly<{
  id: string;
  name: string;
  version: number;
  members: number;
  why: string | null;
}>;
type SeriesOption = Readonly<{ series_id: string; label: string; background: boolean }>;
type VariableOption = Readonly<{ key: string; label: string; variable: SimilarityVariable }>;

function whyOf(definition: string | null): string | null {
  try {
    const parsed: unknown = JSON.parse(definition ?? 'null');
    return parsed &&
      typeof parsed === 'object' &&
      typeof (parsed as { why?: unknown }).why === 'string'
      ? (parsed as { why: string }).why
      : null;
  } catch {
    return null;
  }
}

const withWhy = (rows: (SavedSet & { definition: string | null })[]) =>
  rows.map((r) => ({ ...r, why: whyOf(r.definition) }));
const collator = new Intl.Collator('sv');
const byName = (rows: { code: string; name: string }[]) =>
  [...rows].sort((a, b) => collator.compare(a.name, b.name));

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
  const engine = useEngine();
  const { show } = useMessages();
  const run = useRunAction();
  const db = engine.state.phase === 'ready' ? engine.state.db : null;
  const { kommuner, choice } = useAnalysisChoice();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [variables, setVariables] = useState<readonly string[]>([]);
  const [k, setK] = useState(7);
  const [weights, setWeights] = useState<Readonly<Record<string, number>>>({});
  const [similar, setSimilar] = useState<readonly SimilarUnit[] | null>(null);

  // The json extension is not built into duckdb-wasm: the definition is parsed here.
  const saved = useDbQuery<SavedSet & { definition: string | null }>(
    'SELECT p.peer_set_id AS id, p.name, p.version, count(m.unit_code) AS members, p.definition FROM peer_set p LEFT JOIN peer_set_member m USING (peer_set_id) GROUP BY ALL ORDER BY p.name',
    [],
    withWhy,
  );
  const allKommuner = useDbQuery<{ code: string; name: string }>(
    "SELECT unit_code AS code, name FROM unit WHERE level = 'kommun'",
    [],
    byName,
  );
  const seriesOptions = useDbQuery<SeriesOption>(
    `SELECT s.series_id, s.label, bool_or(coalesce(i.is_background, false)) AS background FROM series s JOIN indicator i USING (series_id)
     WHERE i.kind NOT IN ('yesno', 'text') GROUP BY s.series_id, s.label ORDER BY background DESC, s.label`,
  );
  const ownVariables = useDbQuery<{ variable: string }>(
    'SELECT variable FROM unit_variable GROUP BY variable HAVING count(value_num) > 0 ORDER BY variable',
  );
  const options: readonly VariableOption[] = [
    ...ownVariables.map((v) => ({
      key: `v:${v.variable}`,
      label: t('peers.variableOption', { label: v.variable }),
      variable: { variable: v.variable, weight: 1 },
    })),
    ...seriesOptions.map((s) => ({
      key: `s:${s.series_id}`,
      label: s.background ? t('peers.backgroundOption', { label: s.label }) : s.label,
      variable: { seriesId: s.series_id, weight: 1 },
    })),
  ];
  const labelOf = (key: string) => options.find((o) => o.key === key)?.label ?? key;

  const save = (d: Draft) =>
    run(async () => {
      if (!db) return;
      const peerSetId = d.peerSetId ?? newId(d.name);
      const version = await saveNamedPeerSet(db, {
        peerSetId,
        name: d.name.trim(),
        members: d.members,
        definition: { why: d.why, by: 'hand' },
      });
      await engine.refresh();
      setDraft(EMPTY);
      show({ kind: 'info', text: t('peers.savedMsg', { name: d.name.trim(), version }) });
    });

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
                <th scope="col">
                  <span className="visually-hidden">{t('peers.edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {saved.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.name}</th>
                  <td className="num">{num(s.members)}</td>
                  <td className="num">{s.version}</td>
                  <td>{s.why ?? ''}</td>
                  <td>
                    <button
                      type="button"
                      aria-label={`${t('peers.edit')} ${s.name}`}
                      onClick={() =>
                        run(async () => {
                          if (!db) return;
                          const members = await db.query<{ unit_code: string }>(
                            'SELECT unit_code FROM peer_set_member WHERE peer_set_id = ?',
                            [s.id],
                          );
                          setDraft({
                            peerSetId: s.id,
                            name: s.name,
                            members: members.map((m) => m.unit_code),
                            why: s.why ?? '',
                          });
                        })
                      }
                    >
                      {t('peers.edit')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {saved[0] && choice && (
        <NetworkSummary
          key={saved[0].id}
          peerSetId={saved[0].id}
          name={saved[0].name}
          year={choice.to}
        />
      )}
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
                if (db)
                  setSimilar(
                    await similarUnits(
                      db,
                      choice.home,
                      variables.flatMap((key) => {
                        const v = options.find((o) => o.key === key)?.variable;
                        return v ? [{ ...v, weight: weights[key] ?? 1 }] : [];
                      }),
                      k,
                    ),
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
