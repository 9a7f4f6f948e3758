import { useEffect, useRef } from 'react';
import type { UnsavedChoice } from '../../../shared/workspace/unsaved-guard';
import { useI18n } from '../../state/i18n-context';

/**
 * "Spara ändringarna i …?" as a modal dialog: focus moves into it (on Spara),
 * Tab stays inside, Escape is Avbryt, and focus returns to where it was.
 */
export function UnsavedDialog({
  name,
  onChoose,
}: Readonly<{ name: string | null; onChoose: (choice: UnsavedChoice) => void }>) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const back = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
      back?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="unsaved-dialog"
      aria-labelledby="unsaved-title"
      aria-describedby="unsaved-body"
      onCancel={(e) => {
        e.preventDefault();
        onChoose('cancel');
      }}
    >
      <h2 id="unsaved-title">{name ? t('guard.title', { name }) : t('guard.titleUnnamed')}</h2>
      <p id="unsaved-body">{t('guard.body')}</p>
      <div className="actions">
        <button type="button" className="primary" autoFocus onClick={() => onChoose('save')}>
          {t('guard.save')}
        </button>
        <button type="button" onClick={() => onChoose('discard')}>
          {t('guard.discard')}
        </button>
        <button type="button" onClick={() => onChoose('cancel')}>
          {t('guard.cancel')}
        </button>
      </div>
    </dialog>
  );
}
