import { useId, useState } from 'react';
import type { NetworkImportPreview } from '../../../shared/app/network';
import type { NetworkItem, NetworkScope } from '../../../shared/network/network-item';
import type { ConflictChoice } from '../../../shared/network/network-merge';
import { FilePickButton } from '../../components/FilePickButton';
import { host } from '../../host/current-host';
import { useI18n } from '../../state/i18n-context';
import { useMessages } from '../../state/message-context';
import { useAnalysisChoice } from '../../state/use-analysis-choice';
import { useCommand, useRunCommand } from '../../state/use-command';
import { useRunAction } from '../../state/use-run-action';
import { ConflictCard } from './ConflictCard';

type Pending = Readonly<{ fileName: string; bytes: Uint8Array; preview: NetworkImportPreview }>;

/**
 * Nätverksfil (issue 20 item 3): send the network's notes, interpretations,
 * stances and utvecklingsområden to the other kommuner as a small file, and
 * take theirs in — new items added, identical ones left, every changed one
 * shown side by side until the user has chosen. Nothing is overwritten
 * silently and no data values travel.
 */
export function NetworkExchange() {
  const { t, tn } = useI18n();
  const { show } = useMessages();
  const runAction = useRunAction();
  const run = useRunCommand();
  const { kommuner, choice } = useAnalysisChoice();
  const sets = useCommand('findings.namedPeerSets', {});
  const labels = useCommand('catalogue.seriesLabels', {});
  const seriesLabel = (id: string | null) =>
    id ? (labels.data?.find((l) => l.seriesId === id)?.label ?? id) : null;
  const [scopeId, setScopeId] = useState<string>('');
  const [pending, setPending] = useState<Pending | null>(null);
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});
  const headingId = useId();

  const home = kommuner.find((k) => k.code === choice?.home) ?? null;
  const networks = sets.data ?? [];
  const scope: NetworkScope | null = scopeId
    ? {
        kind: 'network',
        peerSetId: scopeId,
        name: networks.find((s) => s.id === scopeId)?.name ?? scopeId,
      }
    : home
      ? { kind: 'kommun', unitCode: home.code }
      : null;

  const exportFile = () =>
    runAction(async () => {
      if (!scope || !home) return;
      const file = await run('network.exportFile', {
        scope,
        author: { unitCode: home.code, name: home.name },
      });
      const saved = await host.invoke('export.save', {
        suggestedName: file.fileName,
        mimeType: 'application/json',
        bytes: file.bytes,
      });
      if (saved)
        show({ kind: 'info', text: tn('networkFile.exported', file.items, { name: saved.name }) });
    });

  const readFile = (file: File) =>
    runAction(async () => {
      setPending(null);
      setChoices({});
      const bytes = new Uint8Array(await file.arrayBuffer());
      const preview = await run('network.previewImport', { fileName: file.name, bytes });
      setPending({ fileName: file.name, bytes, preview });
    });

  const apply = () =>
    runAction(async () => {
      if (!pending) return;
      const result = await run(
        'network.applyImport',
        { fileName: pending.fileName, bytes: pending.bytes, choices },
        { changesData: true },
      );
      setPending(null);
      setChoices({});
      show({ kind: 'info', text: t('networkFile.imported', result) });
    });

  const conflicts = pending?.preview.plan.conflicts ?? [];
  const unsettled = conflicts.filter((c) => !choices[c.incoming.id]).length;
  const scopeName = (s: NetworkScope) =>
    s.kind === 'network'
      ? s.name
      : (kommuner.find((k) => k.code === s.unitCode)?.name ?? s.unitCode);

  return (
    <section aria-labelledby={headingId} data-testid="network-exchange">
      <h2 id={headingId}>{t('networkFile.heading')}</h2>
      <p>{t('networkFile.intro')}</p>
      <form className="controls" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('networkFile.scope')}
          <select value={scopeId} onChange={(e) => setScopeId(e.target.value)}>
            <option value="">{t('networkFile.scopeOwn', { name: home?.name ?? '–' })}</option>
            {networks.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={exportFile} disabled={!scope || !home}>
          {t('networkFile.export')}
        </button>
        <FilePickButton
          label={t('networkFile.import')}
          accept=".ojnatverk,application/json"
          onFile={readFile}
        />
      </form>
      {pending && (
        <div data-testid="network-import-preview">
          <h3>{t('networkFile.previewHeading', { file: pending.fileName })}</h3>
          <p>
            {t('networkFile.previewFrom', {
              author: pending.preview.author.name,
              scope: scopeName(pending.preview.scope),
              date: pending.preview.createdAt.slice(0, 10),
            })}
          </p>
          <ul>
            <li>{tn('networkFile.added', pending.preview.plan.added.length)}</li>
            <li>{tn('networkFile.identical', pending.preview.plan.identical.length)}</li>
            <li>{tn('networkFile.conflicts', conflicts.length)}</li>
          </ul>
          {conflicts.map((c) => (
            <ConflictCard
              key={c.incoming.id}
              local={c.local}
              incoming={c.incoming}
              choice={choices[c.incoming.id] ?? null}
              onChoice={(value) => setChoices((all) => ({ ...all, [c.incoming.id]: value }))}
              seriesLabel={seriesLabel}
              authorName={(item: NetworkItem) =>
                kommuner.find((k) => k.code === item.authorUnitCode)?.name ?? item.authorUnitCode
              }
            />
          ))}
          {unsettled > 0 && (
            <p className="hint" role="status">
              {tn('networkFile.unsettled', unsettled)}
            </p>
          )}
          <div className="controls">
            <button type="button" onClick={apply} disabled={unsettled > 0}>
              {t('networkFile.apply')}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {t('networkFile.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
