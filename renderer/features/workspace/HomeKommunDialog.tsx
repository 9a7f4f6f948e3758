import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Kommun } from '../overview/use-overview';
import { matchKommuner } from '../../state/analysis-choice';
import { useI18n } from '../../state/i18n-context';

type Props = Readonly<{
  kommuner: readonly Kommun[];
  /** Preselected (the last session's kommun), or null: nothing is chosen for the user. */
  suggested: string | null;
  onChoose: (code: string) => void;
  onLater: () => void;
}>;

/**
 * "Vilken är er kommun?" as a modal dialog with a searchable list: type to
 * narrow the list, ↓ to move into it, Enter to save; Escape is "Inte nu".
 */
export function HomeKommunDialog({ kommuner, suggested, onChoose, onLater }: Props) {
  const { t, tn } = useI18n();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const list = useRef<HTMLSelectElement>(null);
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<string>(suggested ?? '');
  const matches = useMemo(() => matchKommuner(kommuner, query), [kommuner, query]);
  // Typing narrows the list; the first match is then the answer Enter saves.
  const chosen = matches.some((k) => k.code === picked)
    ? picked
    : query.trim() !== ''
      ? (matches[0]?.code ?? '')
      : '';

  useEffect(() => {
    const dialog = ref.current;
    const back =
      document.activeElement instanceof HTMLElement && document.activeElement !== document.body
        ? document.activeElement
        : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
      // Back where the user was, else to the page the answer opened.
      (back?.isConnected ? back : document.getElementById('main'))?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="app-dialog home-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      data-testid="home-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onLater();
      }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (chosen) onChoose(chosen);
        }}
      >
        <h2 id={`${id}-title`}>{t('home.question')}</h2>
        <p id={`${id}-body`}>{t('home.explain')}</p>
        <label className="stacked">
          {t('home.search')}
          <input
            type="search"
            value={query}
            autoFocus
            autoComplete="off"
            aria-controls={`${id}-list`}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown' && matches.length > 0) {
                e.preventDefault();
                if (!chosen) setPicked(matches[0]!.code);
                list.current?.focus();
              }
            }}
          />
        </label>
        <label className="stacked">
          {t('home.list')}
          <select
            id={`${id}-list`}
            ref={list}
            size={8}
            value={chosen}
            onChange={(e) => setPicked(e.target.value)}
            onKeyDown={(e) => {
              // A list box does not submit on Enter by itself.
              if (e.key === 'Enter') {
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }
            }}
          >
            {matches.map((k) => (
              <option key={k.code} value={k.code}>
                {k.name}
              </option>
            ))}
          </select>
        </label>
        <p className="hint" aria-live="polite">
          {tn('home.matches', matches.length)}
        </p>
        <div className="actions">
          <button type="submit" className="primary" disabled={!chosen}>
            {t('home.save')}
          </button>
          <button type="button" onClick={onLater}>
            {t('home.later')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
