import { useCallback } from 'react';
import { errorText } from '../../shared/i18n/error-text';
import { useI18n } from './i18n-context';
import { useMessages } from './message-context';

/** Run a user action; any failure becomes a visible message instead of a silent rejection. */
export function useRunAction(): (action: () => Promise<void>) => void {
  const { lang } = useI18n();
  const { show } = useMessages();
  return useCallback(
    (action) => {
      action().catch((error: unknown) =>
        show({
          kind: 'error',
          // Ours in the user's language with their code's text; anything else as 'Något gick fel: …'.
          text: errorText(error, lang),
        }),
      );
    },
    [show, lang],
  );
}
