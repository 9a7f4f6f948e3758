import { useId, useState } from 'react';
import { useCommand, useRunCommand } from '../../state/use-command';
import { useI18n } from '../../state/i18n-context';
import { useMessages } from '../../state/message-context';
import { useRunAction } from '../../state/use-run-action';
import type { Draft } from './PeerSetEditor';
import { FilePickButton } from '../../components/FilePickButton';

const NONE = {} as const;

/** The user's own grouping and structural variables: import a CSV/xlsx, list them, turn a grouping value into a peer group. */
export function UnitVariables({ onDraft }: Readonly<{ onDraft: (draft: Draft) => void }>) {
  const { t, tn, num } = useI18n();
  const run = useRunAction();
  const command = useRunCommand();
  const { show } = useMessages();
  const variables = useCommand('peers.unitVariables', NONE).data ?? [];
  const [picked, setPicked] = useState<Record<string, string>>({});
  const id = useId();

  const importFile = (file: File) =>
    run(async () => {
      const parsed = await command(
        'peers.importUnitVariables',
        { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
        { changesData: true },
      );
      show({
        kind: 'info',
        text: tn('variables.imported', parsed.variables, { file: file.name }),
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
                            const value = picked[v.variable] ?? v.values[0]!;
                            const members = await command('peers.unitsWithValue', {
                              variable: v.variable,
                              value,
                            });
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
                        await command(
                          'peers.removeUnitVariable',
                          { variable: v.variable },
                          { changesData: true },
                        );
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
