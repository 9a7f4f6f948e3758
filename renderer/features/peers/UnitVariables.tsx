import { useEffect, useId, useState } from 'react';
import {
  listUnitVariables,
  parseUnitVariables,
  commitUnitVariables,
  removeUnitVariable,
  unitsWithValue,
  type UnitVariableSummary,
} from '../../../shared/import/unit-variables';
import { useEngine } from '../../state/engine-context';
import { useI18n } from '../../state/i18n-context';
import { useMessages } from '../../state/message-context';
import { useRunAction } from '../../state/use-run-action';
import type { Draft } from './PeerSetEditor';
import { FilePickButton } from '../../components/FilePickButton';

/** The user's own grouping and structural variables: import a CSV/xlsx, list them, turn a grouping value into a peer group. */
export function UnitVariables({ onDraft }: Readonly<{ onDraft: (draft: Draft) => void }>) {
  const { t, tn, num } = useI18n();
  const engine = useEngine();
  const run = useRunAction();
  const { show } = useMessages();
  const db = engine.state.phase === 'ready' ? engine.state.db : null;
  const revision = engine.state.phase === 'ready' ? engine.state.revision : 0;
  const [variables, setVariables] = useState<readonly UnitVariableSummary[]>([]);
  const [picked, setPicked] = useState<Record<string, string>>({});
  const id = useId();
  useEffect(() => {
    if (!db) return;
    let live = true;
    listUnitVariables(db).then(
      (v) => live && setVariables(v),
      () => live && setVariables([]),
    );
    return () => {
      live = false;
    };
  }, [db, revision]);

  const importFile = (file: File) =>
    run(async () => {
      if (!db) return;
      const parsed = parseUnitVariables(file.name, new Uint8Array(await file.arrayBuffer()));
      await commitUnitVariables(db, parsed);
      await engine.refresh();
      show({
        kind: 'info',
        text: tn('variables.imported', parsed.variables.length, { file: file.name }),
      });
      const first = parsed.skipped[0];
      if (first)
        show({
          kind: 'error',
          text: tn('variables.skipped', parsed.skipped.length, {
            cell: first.cell,
            text: first.text,
          }),
        });
    });

  return (
    <section aria-labelledby={`${id}-title`} data-testid="unit-variables">
      <h2 id={`${id}-title`}>{t('variables.title')}</h2>
      <p>{t('variables.intro')}</p>
      <p>
        <FilePickButton label={t('variables.file')} accept=".csv,.txt,.xlsx" onFile={importFile} />
      </p>
      {variables.length === 0 ? (
        <p className="hint">{t('variables.none')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('variables.name')}</th>
              <th scope="col" className="num">
                {t('variables.units')}
              </th>
              <th scope="col">{t('variables.kind')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('variables.makeGroup')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {variables.map((v) => (
              <tr key={v.variable}>
                <th scope="row">
                  {v.variable}
                  <br />
                  <span className="hint">{v.source ?? ''}</span>
                </th>
                <td className="num">{num(v.units)}</td>
                <td>{v.numeric ? t('variables.numeric') : t('variables.grouping')}</td>
                <td>
                  {!v.numeric && v.values.length > 0 && (
                    <span className="button-row">
                      <select
                        aria-label={`${t('variables.makeGroup')} ${v.variable}`}
                        value={picked[v.variable] ?? v.values[0]}
                        onChange={(e) => setPicked({ ...picked, [v.variable]: e.target.value })}
                      >
                        {v.values.map((x) => (
                          <option key={x} value={x}>
                            {x}
                          </option>
                        ))}
                      </select>
                      <button
                        type="button"
                        onClick={() =>
                          run(async () => {
                            if (!db) return;
                            const value = picked[v.variable] ?? v.values[0]!;
                            const members = await unitsWithValue(db, v.variable, value);
                            onDraft({
                              peerSetId: null,
                              name: value,
                              members,
                              why: `${v.variable} = ${value} (${v.source ?? ''})`,
                            });
                          })
                        }
                      >
                        {t('variables.makeGroup')}
                      </button>
                    </span>
                  )}{' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      run(async () => {
                        if (!db) return;
                        await removeUnitVariable(db, v.variable);
                        await engine.refresh();
                      })
                    }
                  >
                    {t('variables.remove', { name: v.variable })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
