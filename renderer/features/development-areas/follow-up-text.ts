import type {
  FollowUpPoint,
  IndicatorFollowUp,
} from '../../../shared/analysis/development-follow-up';
import type { IndicatorKind } from '../../../shared/model/indicators';
import type { MessageKey } from '../../../shared/i18n/i18n';
import { STANDING_SYMBOL } from '../../components/standing-style';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** "2022: ▼ Ogynnsamt, 10" — year, shape, word and value: never colour or symbol alone. */
export function pointLabel(
  p: FollowUpPoint | null,
  kind: IndicatorKind | null,
  t: T,
  num: (x: number) => string,
): string {
  if (!p) return t('development.noValue');
  const standing = `${p.year}: ${STANDING_SYMBOL[p.standing]} ${t(`standing.${p.standing}`)}`;
  // A missing value says so once, through its standing ("Värde saknas").
  if (p.value === null) return standing;
  const value = kind === 'yesno' ? t(p.value > 0 ? 'yesno.yes' : 'yesno.no') : num(p.value);
  return `${standing}, ${value}`;
}

export function sinceLabel(f: IndicatorFollowUp, t: T, num: (x: number) => string): string {
  return f.since.length === 0 ? '–' : f.since.map((p) => pointLabel(p, f.kind, t, num)).join('; ');
}
