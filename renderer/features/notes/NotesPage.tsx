import { useState } from 'react';
import type { NoteKind } from '../../../shared/analysis/annotations';
import type { Stance } from '../../../shared/model/stance';
import { useEngine } from '../../state/engine-context';
import { useI18n } from '../../state/i18n-context';
import { useAnalysisChoice } from '../../state/use-analysis-choice';
import { useRunAction } from '../../state/use-run-action';
import { useCommand, useRunCommand } from '../../state/use-command';
import { NetworkExchange } from '../network-exchange/NetworkExchange';
import { NoteEditForm } from './NoteEditForm';
import { StanceSelect } from './StanceSelect';
import { StanceTag } from './StanceTag';

/** Anteckningar (explanations that follow the results into reports); utvecklingsområden have their own page. */
export function NotesPage() {
  const { t } = useI18n();
  const engine = useEngine();
  const run = useRunAction();
  const ready = engine.state.phase === 'ready';
  const { kommuner, years, choice } = useAnalysisChoice();
  const home = choice?.home ?? '';
  // Notes (and their stances) through the core's commands; utvecklingsområden have their own page.
  const runCommand = useRunCommand();
  const notes = useCommand('notes.list', home ? { unitCode: home } : null).data ?? [];
  const noteSeries = useCommand('notes.seriesOptions', {}).data ?? [];
  const networks = useCommand('findings.namedPeerSets', {}).data ?? [];
  const [editing, setEditing] = useState<string | null>(null);
  const latest = years[years.length - 1] ?? new Date().getFullYear();
  const [note, setNote] = useState({
    seriesId: '',
    year: 0,
    text: '',
    carry: true,
    stance: null as Stance | null,
    networkId: '',
    kind: 'note' as NoteKind,
  });
  const homeName = kommuner.find((k) => k.code === home)?.name ?? '';
  if (!choice || !ready)
    return (
      <>
        <h1>{t('page.notes.title')}</h1>
        <p className="hint">{t('empty.body')}</p>
      </>
    );
  return (
    <>
      <h1>{t('page.notes.title')}</h1>
      <p>{t('notes.intro', { home: homeName })}</p>
      <form
        className="peer-editor"
        aria-labelledby="note-form-title"
        onSubmit={(e) => {
          e.preventDefault();
          run(async () => {
            await runCommand(
              'notes.add',
              {
                unitCode: home,
                seriesId: note.seriesId || null,
                year: note.year || latest,
                text: note.text,
                carryForward: note.carry,
                stance: note.seriesId ? note.stance : null,
                networkId: note.networkId || null,
                noteKind: note.kind,
              },
              { changesData: true },
            );
            setNote({ ...note, text: '', stance: null });
          });
        }}
      >
        <h2 id="note-form-title">{t('notes.add')}</h2>
        <div className="controls">
          <label>
            {t('notes.series')}
            <select
              value={note.seriesId}
              onChange={(e) => setNote({ ...note, seriesId: e.target.value })}
            >
              <option value="">{t('notes.none')}</option>
              {noteSeries.map((s) => (
                <option key={s.seriesId} value={s.seriesId}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('notes.scope')}
            <select
              value={note.networkId}
              onChange={(e) => setNote({ ...note, networkId: e.target.value })}
            >
              <option value="">{t('notes.scopeOwn', { home: homeName })}</option>
              {networks.map((n) => (
                <option key={n.id} value={n.id}>
                  {t('notes.scopeNetwork', { name: n.name })}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('notes.kind')}
            <select
              value={note.kind}
              onChange={(e) => setNote({ ...note, kind: e.target.value as NoteKind })}
            >
              <option value="note">{t('notes.kind.note')}</option>
              <option value="interpretation">{t('notes.kind.interpretation')}</option>
            </select>
          </label>
          <label>
            {t('notes.year')}
            <select
              value={note.year || latest}
              onChange={(e) => setNote({ ...note, year: Number(e.target.value) })}
            >
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label className="block-label">
          {t('notes.text')}
          <textarea
            required
            rows={3}
            value={note.text}
            onChange={(e) => setNote({ ...note, text: e.target.value })}
          />
        </label>
        <div className="controls">
          <StanceSelect
            id="note-stance"
            value={note.seriesId ? note.stance : null}
            onChange={(stance) => setNote({ ...note, stance })}
            disabled={!note.seriesId}
          />
          <label>
            <input
              type="checkbox"
              checked={note.carry}
              onChange={(e) => setNote({ ...note, carry: e.target.checked })}
            />{' '}
            {t('notes.carry')}
          </label>
        </div>
        <p className="hint">{t('stance.hint')}</p>
        <div className="actions">
          <button type="submit" className="primary">
            {t('notes.save')}
          </button>
        </div>
      </form>
      <section aria-labelledby="notes-list-title">
        <h2 id="notes-list-title">{t('notes.list')}</h2>
        {notes.length === 0 ? (
          <p className="hint">{t('notes.empty')}</p>
        ) : (
          <ul className="note-list" data-testid="notes">
            {notes.map((n) =>
              editing === n.annotationId ? (
                <li key={n.annotationId}>
                  <NoteEditForm note={n} onDone={() => setEditing(null)} />
                </li>
              ) : (
                <li key={n.annotationId}>
                  <strong>
                    {n.year ?? ''}
                    {n.carryForward ? ' →' : ''}
                  </strong>{' '}
                  {n.seriesLabel ?? t('notes.none')}:{' '}
                  {n.noteKind === 'interpretation' && <em>{t('notes.kind.interpretation')}: </em>}
                  {n.text}
                  {n.networkName && (
                    <span className="hint">
                      {' '}
                      (
                      {t('notes.fromNetwork', {
                        network: n.networkName,
                        author:
                          kommuner.find((k) => k.code === (n.authorUnit ?? n.unitCode))?.name ??
                          n.authorUnit ??
                          n.unitCode,
                      })}
                      )
                    </span>
                  )}
                  {n.stance && (
                    <>
                      {' '}
                      <StanceTag stance={n.stance} />
                    </>
                  )}{' '}
                  <button
                    type="button"
                    aria-label={`${t('notes.edit')}: ${n.text.slice(0, 40)}`}
                    onClick={() => setEditing(n.annotationId)}
                  >
                    {t('notes.edit')}
                  </button>{' '}
                  <button
                    type="button"
                    aria-label={`${t('notes.remove')}: ${n.text.slice(0, 40)}`}
                    onClick={() =>
                      run(async () => {
                        await runCommand(
                          'notes.remove',
                          { annotationId: n.annotationId },
                          { changesData: true },
                        );
                      })
                    }
                  >
                    {t('notes.remove')}
                  </button>
                </li>
              ),
            )}
          </ul>
        )}
      </section>
      <NetworkExchange />
      <p data-testid="development-areas-moved">
        {t('development.notesMoved')} <a href="#/utvecklingsomraden">{t('nav.developmentAreas')}</a>
      </p>
    </>
  );
}
