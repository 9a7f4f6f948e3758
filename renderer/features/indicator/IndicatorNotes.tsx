import { useId, useState } from 'react';
import { addAnnotation, removeAnnotation } from '../../../shared/analysis/annotations';
import { useEngine } from '../../state/engine-context';
import { useI18n } from '../../state/i18n-context';
import { useDbQuery } from '../../state/use-db-query';
import { useRunAction } from '../../state/use-run-action';

type NoteRow = Readonly<{ id: string; year: number | null; text: string; carry: boolean }>;

/** The notes on this unit × series, every year (carried forward ones included), and a form to add one. */
export function IndicatorNotes({
  home,
  seriesId,
  latestYear,
}: Readonly<{ home: string; seriesId: string; latestYear: number }>) {
  const { t } = useI18n();
  const engine = useEngine();
  const run = useRunAction();
  const db = engine.state.phase === 'ready' ? engine.state.db : null;
  const id = useId();
  const notes = useDbQuery<NoteRow>(
    `SELECT annotation_id AS id, year, text, carry_forward AS carry FROM annotation
     WHERE unit_code = ? AND series_id = ? ORDER BY year DESC NULLS LAST, updated_at DESC`,
    [home, seriesId],
  );
  const [text, setText] = useState('');
  const [year, setYear] = useState(latestYear);
  const [carry, setCarry] = useState(true);
  return (
    <section aria-labelledby={`${id}-title`} data-testid="indicator-notes">
      <h2 id={`${id}-title`}>{t('notes.list')}</h2>
      {notes.length === 0 ? (
        <p className="hint">{t('notes.empty')}</p>
      ) : (
        <ul>
          {notes.map((n) => (
            <li key={n.id}>
              <strong>{n.year ?? ''}</strong> {n.text}
              {n.carry && <span className="tag"> ({t('notes.carry').toLowerCase()})</span>}{' '}
              <button
                type="button"
                className="link-button"
                aria-label={`${t('notes.remove')}: ${n.text}`}
                onClick={() =>
                  run(async () => {
                    if (!db) return;
                    await removeAnnotation(db, n.id);
                    await engine.refresh();
                  })
                }
              >
                {t('notes.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="panel"
        aria-label={t('notes.add')}
        onSubmit={(e) => {
          e.preventDefault();
          run(async () => {
            if (!db) return;
            await addAnnotation(db, { unitCode: home, seriesId, year, text, carryForward: carry });
            setText('');
            await engine.refresh();
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
          <label>
            <input type="checkbox" checked={carry} onChange={(e) => setCarry(e.target.checked)} />{' '}
            {t('notes.carry')}
          </label>
        </div>
        <div className="button-row">
          <button type="submit" disabled={!text.trim()}>
            {t('notes.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
