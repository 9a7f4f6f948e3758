import type { MessageKey } from '../../../shared/i18n/i18n';
import { useI18n } from '../../state/i18n-context';

/** An honest empty state for a view whose issue has not landed yet. */
export function NotYetPage({ title }: Readonly<{ title: MessageKey }>) {
  const { t } = useI18n();
  return (
    <>
      <h1>{t(title)}</h1>
      <p className="hint">{t('page.notYet')}</p>
    </>
  );
}
