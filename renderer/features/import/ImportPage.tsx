import { useState } from 'react';
import { host } from '../../host/current-host';
import { useI18n } from '../../state/i18n-context';
import { useRunAction } from '../../state/use-run-action';

export function ImportPage() {
  const { t } = useI18n();
  const run = useRunAction();
  const [picked, setPicked] = useState<readonly string[] | null>(null);
  return (
    <>
      <h1>{t('page.import.title')}</h1>
      <p>{t('page.import.body')}</p>
      <button
        type="button"
        onClick={() =>
          run(async () => {
            const files = await host.invoke('import.pickFiles', null);
            if (files) setPicked(files.map((f) => f.name));
          })
        }
      >
        {t('page.import.pick')}
      </button>
      {picked && (
        <p role="status" className="hint">
          {t('page.import.picked', { count: picked.length, names: picked.join(', ') })}
        </p>
      )}
    </>
  );
}
