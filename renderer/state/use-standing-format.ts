import type { StandingRow } from '../../shared/analysis/standings-query';
import { useI18n } from './i18n-context';

/**
 * How a standing row's numbers are shown everywhere: the home value (Ja/Nej
 * as written, a missing value by its reason — never 0) and the peer median
 * (none for yes/no, where a median of answers says nothing).
 */
export function useStandingFormat() {
  const { t, num } = useI18n();
  return {
    homeValue: (r: StandingRow) =>
      r.homeText ?? (r.homeValue === null ? t(`status.${r.homeStatus}`) : num(r.homeValue)),
    peerMedian: (r: StandingRow) =>
      r.peerMedian === null || r.kind === 'yesno' ? '–' : num(r.peerMedian),
  };
}
