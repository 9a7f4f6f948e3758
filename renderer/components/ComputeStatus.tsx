import { useI18n } from '../state/i18n-context';
import { Icon } from './Icon';

/**
 * What a view says while its standings are computed, and when that failed:
 * a polite live "Räknar …" (so a view is never silently empty while the
 * engine works) and the error as an alert. Used by every view that reads
 * the shared standings (Översikt, Område, Avvikare).
 */
export function ComputeStatus({ busy, error }: Readonly<{ busy: boolean; error: string | null }>) {
  const { t } = useI18n();
  return (
    <>
      <div aria-live="polite" className="hint" data-testid="compute-status">
        {busy ? t('overview.computing') : ''}
      </div>
      {error && (
        <p role="alert" className="status-error">
          <Icon name="warning" />
          {error}
        </p>
      )}
    </>
  );
}
