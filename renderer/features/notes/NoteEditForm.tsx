import { useId, useState } from 'react';
import type { ListedAnnotation } from '../../../shared/analysis/annotations';
import type { Stance } from '../../../shared/model/stance';
import { useI18n } from '../../state/i18n-context';
import { useRunCommand } from '../../state/use-command';
import { useRunAction } from '../../state/use-run-action';
import { StanceSelect } from './StanceSelect';

/** Edit one note in place: its text, whether it carries forward, and its stance on a red. */
export function NoteEditForm({
  note,
  onDone,
}: Readonly<{ note: ListedAnnotation; onDone: () => void }>) {
  const { t } = useI18n();
  const id = useId();
  const run = useRunAction();
  const runCommand = useRunCommand();
  const [text, setText] = useState(note.text);
  const [carry, setCarry] = useState(note.carryForward);
  const [stance, setStance] = useState<Stance | null>(note.stance);
  return (
    <form
      className="panel"
      aria-label={t('notes.editTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        run(async () => {
          await runCommand(
            'notes.update',
            { annotationId: note.annotationId, change: { text, carryForward: carry, stance } },
            { changesData: true },
          );
          onDone();
        });
      }}
    >
      <label htmlFor={`${id}-text`}>{t('notes.text')}</label>
      <textarea id={`${id}-text`} rows={2} value={text} onChange={(e) => setText(e.target.value)} />
      <div className="controls">
        <StanceSelect
          id={`${id}-stance`}
          value={stance}
          onChange={setStance}
          disabled={!note.seriesId}
        />
        <label>
          <input type="checkbox" checked={carry} onChange={(e) => setCarry(e.target.checked)} />{' '}
          {t('notes.carry')}
        </label>
      </div>
      <div className="button-row">
        <button type="submit" disabled={!text.trim()}>
          {t('notes.update')}
        </button>
        <button type="button" onClick={onDone}>
          {t('notes.cancel')}
        </button>
      </div>
    </form>
  );
}
