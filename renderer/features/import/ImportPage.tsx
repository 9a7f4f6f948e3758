import { useState, type DragEvent } from 'react';
import type { PickedFile } from '../../../shared/contract/host-api';
import { host } from '../../host/current-host';
import { useI18n } from '../../state/i18n-context';
import { useRunAction } from '../../state/use-run-action';
import { gateBlocks } from '../../../shared/import/import-report';
import { ImportReportCard } from './ImportReportCard';
import { LayoutTemplateList } from './LayoutTemplateList';
import { SourceList } from './SourceList';
import { useStagedImportsContext } from './staged-imports-context';
import { useLayoutTemplates } from './use-layout-templates';

async function droppedFiles(event: DragEvent): Promise<PickedFile[]> {
  const files = Array.from(event.dataTransfer.files);
  return Promise.all(
    files.map(async (f) => ({
      name: f.name,
      bytes: new Uint8Array(await f.arrayBuffer()),
      lastModified: f.lastModified,
    })),
  );
}

export function ImportPage() {
  const { t } = useI18n();
  const run = useRunAction();
  const { staged, add, correct, commit, reread, discard, cancel } = useStagedImportsContext();
  const [dragging, setDragging] = useState(false);
  const templates = useLayoutTemplates();
  // "Importera alla" never takes a file the gate stopped: that one needs the user's own decision.
  const ready = staged.filter(
    (s) => s.phase === 'ready' && !(s.parsed && gateBlocks(s.parsed.report)),
  );
  return (
    <>
      <h1>{t('page.import.title')}</h1>
      <p>{t('page.import.body')}</p>
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          run(async () => add(await droppedFiles(e)));
        }}
      >
        <span>{dragging ? t('import.dropActive') : t('import.drop')}</span>{' '}
        <button
          type="button"
          onClick={() =>
            run(async () => {
              const files = await host.invoke('import.pickFiles', null);
              if (files) add(files);
            })
          }
        >
          {t('import.pick')}
        </button>
      </div>
      {staged.length > 0 && (
        <section aria-labelledby="staged-title">
          <h2 id="staged-title">{t('import.staged')}</h2>
          {ready.length > 1 && (
            <button
              type="button"
              className="primary"
              onClick={() =>
                run(async () => {
                  for (const s of ready) await commit(s);
                })
              }
            >
              {t('import.commitAll')}
            </button>
          )}
          {staged.map((s) => (
            <ImportReportCard
              key={s.id}
              staged={s}
              templates={templates}
              onCommit={() => run(() => commit(s))}
              onReread={() => run(() => reread(s))}
              onDiscard={() => discard(s.id)}
              onCancel={() => cancel(s.id)}
              onCorrect={(options) => run(() => correct(s, options))}
            />
          ))}
        </section>
      )}
      <SourceList />
      <LayoutTemplateList templates={templates} />
    </>
  );
}
