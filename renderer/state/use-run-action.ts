import { useCallback } from 'react';
import { useI18n } from './i18n-context';
import { useMessages } from './message-context';

/** Run a user action; any failure becomes a visible message instead of a silent rejection. */
export function useRunAction(): (action: () => Promise<void>) => void {
  const { t } = useI18n();
  const { show } = useMessages();
  return useCallback(
    (action) => {
      action().catch((error: unknown) =>
        show({
          kind: 'error',
          text: t('error.generic', {
            message: error instanceof Error ? error.message : String(error),
          }),
        }),
      );
    },
    [show, t],
  );
}
