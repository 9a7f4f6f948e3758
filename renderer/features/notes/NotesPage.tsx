import { useEffect, useState } from 'react';
import {
  followUpDevelopmentAreas,
  followUpText,
} from '../../../shared/analysis/development-follow-up';
import { resolvePeerSet } from '../../../shared/analysis/peer-sets';
import {
  addAnnotation,
  addDevelopmentArea,
  removeAnnotation,
} from '../../../shared/analysis/annotations';
import { useEngine } from '../../state/engine-context';
import { useI18n } from '../../state/i18n-context';
import { useAnalysisChoice } from '../../state/use-analysis-choice';
import { useDbQuery } from '../../state/use-db-query';
import { useRunAction } from '../../state/use-run-action';

type NoteRow = Readonly<{
  id: string;
  year: number | null;
  text: string;
  carry: boolean;
  label: string | null;
}>;
type DevRow = Readonly<{
  id: string;
  title: string;
  decided: number | null;
  followUp: number | null;
  target: string | null;
  status: string | null;
  label: string | null;
}>;

/** Anteckningar (explanations that follow the results into reports) and utvecklingsområden with follow-up year. */
export function NotesPage() {
  const { t, num } = useI18n();
  const engine = useEngine();
  const run = useRunAction();
  const db = engine.state.phase === 'ready' ? engine.state.db : null;
  const revision = engine.state.phase === 'ready' ? engine.state.revision : 0;
  const { kommuner, years, choice } = useAnalysisChoice();
  const home = choice?.home ?? '';
  const series = useDbQuery<{ series_id: string; label: string }>(
    'SELECT series_id, label FROM series ORDER BY label',
  );
  const notes = useDbQuery<NoteRow>(
    `SELECT a.annotation_id AS id, a.year, a.text, a.carry_forward AS carry, s.label FROM annotation a LEFT JOIN series s USING (series_id)
     WHERE a.unit_code = ? ORDER BY a.year DESC NULLS LAST, a.updated_at DESC`,
    [home],
  );
  const devAreas = useDbQuery<DevRow>(
    `SELECT d.development_area_id AS id, d.title, d.decided_year AS decided, d.follow_up_year AS "followUp", d.target, d.status, s.label
     FROM development_area d LEFT JOIN series s USING (series_id) WHERE d.unit_code = ? ORDER BY d.decided_year DESC NULLS LAST, d.title`,
    [home],
  );
  const latest = years[years.length - 1] ?? new Date().getFullYear();
  const [note, setNote] = useState({ seriesId: '', year: 0, text: '', carry: true });
  const [dev, setDev] = useState({
    title: '',
    seriesId: '',
    decided: 0,
    followUp: 0,
    target: '',
    status: 'pågår',
  });
  const homeName = kommuner.find((k) => k.code === home)?.name ?? '';
  const [followUps, setFollowUps] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    if (!db || !choice) return;
    let live = true;
    (async () =>
      followUpDevelopmentAreas(
        db,
        choice.home,
        await resolvePeerSet(db, choice.home, choice.peers),
      ))().then(
      (list) =>
        live &&
        setFollowUps(
          new Map(list.map((f) => [f.developmentAreaId, followUpText(f, (x) => num(x))])),
        ),
      () => live && setFollowUps(new Map()),
    );
    return () => {
      live = false;
    };
  }, [db, revision, choice, num]);
  const seriesSelect = (value: string, onChange: (v: string) => void) => (
    <select value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('notes.none')}</option>
      {series.map((s) => (
        <option key={s.series_id} value={s.series_id}>
          {s.label}
        </option>
      ))}
    </select>
  );
  if (!choice || !db)
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
            await addAnnotation(db, {
              unitCode: home,
              seriesId: note.seriesId || null,
              year: note.year || latest,
              text: note.text,
              carryForward: note.carry,
            });
            setNote({ ...note, text: '' });
            await engine.refresh();
          });
        }}
      >
        <h2 id="note-form-title">{t('notes.add')}</h2>
        <div className="controls">
          <label>
            {t('notes.series')}
            {seriesSelect(note.seriesId, (seriesId) => setNote({ ...note, seriesId }))}
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
        <label>
          <input
            type="checkbox"
            checked={note.carry}
            onChange={(e) => setNote({ ...note, carry: e.target.checked })}
          />{' '}
          {t('notes.carry')}
        </label>
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
            {notes.map((n) => (
              <li key={n.id}>
                <strong>
                  {n.year ?? ''}
                  {n.carry ? ' →' : ''}
                </strong>{' '}
                {n.label ?? t('notes.none')}: {n.text}{' '}
                <button
                  type="button"
                  aria-label={`${t('notes.remove')}: ${n.text.slice(0, 40)}`}
                  onClick={() =>
                    run(async () => {
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
      </section>
      <section aria-labelledby="dev-title" className="peer-editor">
        <h2 id="dev-title">{t('notes.devAreas')}</h2>
        {devAreas.length === 0 ? (
          <p className="hint">{t('notes.devEmpty')}</p>
        ) : (
          <table className="data-table" data-testid="development-areas">
            <thead>
              <tr>
                <th scope="col">{t('notes.devTitle')}</th>
                <th scope="col">{t('notes.series')}</th>
                <th scope="col">{t('notes.decided')}</th>
                <th scope="col">{t('notes.followUp')}</th>
                <th scope="col">{t('notes.target')}</th>
                <th scope="col">{t('notes.status')}</th>
                <th scope="col">{t('notes.followUpResult')}</th>
              </tr>
            </thead>
            <tbody>
              {devAreas.map((d, i) => (
                <tr key={i}>
                  <th scope="row">{d.title}</th>
                  <td>{d.label ?? '–'}</td>
                  <td>{d.decided ?? '–'}</td>
                  <td>{d.followUp ?? '–'}</td>
                  <td>{d.target ?? ''}</td>
                  <td>{d.status ?? ''}</td>
                  <td>{followUps.get(d.id) ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            run(async () => {
              await addDevelopmentArea(db, {
                unitCode: home,
                seriesId: dev.seriesId || null,
                title: dev.title,
                decidedYear: dev.decided || latest,
                followUpYear: dev.followUp || latest + 1,
                target: dev.target || null,
                status: dev.status || null,
                notes: null,
              });
              setDev({ ...dev, title: '', target: '' });
              await engine.refresh();
            });
          }}
        >
          <div className="controls">
            <label>
              {t('notes.devTitle')}
              <input
                required
                value={dev.title}
                onChange={(e) => setDev({ ...dev, title: e.target.value })}
              />
            </label>
            <label>
              {t('notes.series')}
              {seriesSelect(dev.seriesId, (seriesId) => setDev({ ...dev, seriesId }))}
            </label>
            <label>
              {t('notes.decided')}
              <input
                type="number"
                value={dev.decided || latest}
                onChange={(e) => setDev({ ...dev, decided: Number(e.target.value) })}
              />
            </label>
            <label>
              {t('notes.followUp')}
              <input
                type="number"
                value={dev.followUp || latest + 1}
                onChange={(e) => setDev({ ...dev, followUp: Number(e.target.value) })}
              />
            </label>
            <label>
              {t('notes.target')}
              <input
                value={dev.target}
                onChange={(e) => setDev({ ...dev, target: e.target.value })}
              />
            </label>
            <label>
              {t('notes.status')}
              <input
                value={dev.status}
                onChange={(e) => setDev({ ...dev, status: e.target.value })}
              />
            </label>
          </div>
          <div className="actions">
            <button type="submit">{t('notes.addDev')}</button>
          </div>
        </form>
      </section>
    </>
  );
}
