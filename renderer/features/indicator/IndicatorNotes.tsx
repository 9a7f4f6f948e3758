import { useId, useState } from 'react';
import type { Stance } from '../../../shared/model/stance';
import { useI18n } from '../../state/i18n-context';
import { useCommand, useRunCommand } from '../../state/use-command';
import { useRunAction } from '../../state/use-run-action';
import { NoteEditForm } from '../notes/NoteEditForm';
import { StanceSelect } from '../notes/StanceSelect';
import { StanceTag } from '../notes/StanceTag';

/**
 * The notes on this unit × series, every year (carried forward ones
 * included), each with its stance on a red when it takes one; a form to add
 * one, and each note editable in place.
 */
export function IndicatorNotes({
  home,
  seriesId,
  latestYear,
}: Readonly<{ home: string; seriesId: string; latestYear: number }>) {
  const { t } = useI18n();
  const run = useRunAction();
  const runCommand = useRunCommand();
  const id = useId();
  const notes = useCommand('notes.list', { unitCode: home, seriesId }).data ?? [];
  const [text, setText] = useState('');
  const [year, setYear] = useState(latestYear);
  const [carry, setCarry] = useState(true);
  const [stance, setStance] = useState<Stance | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section aria-labelledby={`${id}-title`} data-testid="indicator-notes">
      <h2 id={`${id}-title`}>{t('notes.list')}</h2>
      {notes.length === 0 ? (
        <p className="hint">{t('notes.empty')}</p>
      ) : (
        <ul>
          {notes.map((n) =>
            editing === n.annotationId ? (
              <li key={n.annotationId}>
                <NoteEditForm note={n} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <li key={n.annotationId}>
                <strong>{n.year ?? ''}</strong> {n.text}
                {n.stance && (
                  <>
                    {' '}
                    <StanceTag stance={n.stance} />
                  </>
                )}
                {n.carryForward && <span className="tag"> ({t('notes.carry').toLowerCase()})</span>}{' '}
                <button
                  type="button"
                  className="link-button"
                  aria-label={`${t('notes.edit')}: ${n.text}`}
                  onClick={() => setEditing(n.annotationId)}
                >
                  {t('notes.edit')}
                </button>{' '}
                <button
                  type="button"
                  className="link-button"
                  aria-label={`${t('notes.remove')}: ${n.text}`}
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
      <form
        className="panel"
        aria-label={t('notes.add')}
        onSubmit={(e) => {
          e.preventDefault();
          run(async () => {
            await runCommand(
              'notes.add',
              { unitCode: home, seriesId, year, text, carryForward: carry, stance },
              { changesData: true },
            );
            setText('');
            setStance(null);
          });
        }}
      >
        <label htmlFor={`${id}-text`}>{t('notes.text')}</label>
        <textarea
          id={`${id}-text`}
          rows={2}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="controls">
          <div className="field">
            <label htmlFor={`${id}-year`}>{t('notes.year')}</label>
            <input
              id={`${id}-year`}
              type="number"
              min={1990}
              max={2100}
              value={year}
              onChange={(e) => setYear(Number(e.target.value) || latestYear)}
            />
          </div>
          <StanceSelect id={`${id}-stance`} value={stance} onChange={setStance} />
          <label>
            <input type="checkbox" checked={carry} onChange={(e) => setCarry(e.target.checked)} />{' '}
            {t('notes.carry')}
          </label>
        </div>
        <p className="hint">{t('stance.hint')}</p>
        <div className="button-row">
          <button type="submit" disabled={!text.trim()}>
            {t('notes.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
