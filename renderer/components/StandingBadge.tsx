import type { Standing } from '../../shared/analysis/standing';
import { useI18n } from '../state/i18n-context';
import { PALETTES, STANDING_SYMBOL, type Palette } from './standing-style';

/** Shape + word + colour: readable for the colour blind and in grey print. */
export function StandingBadge({
  standing,
  palette,
}: Readonly<{ standing: Standing; palette: Palette }>) {
  const { t } = useI18n();
  const colours = PALETTES[palette] as Readonly<Record<string, string>>;
  return (
    <span className="standing-badge" style={{ background: colours[standing] ?? 'transparent' }}>
      <span aria-hidden="true">{STANDING_SYMBOL[standing]} </span>
      {t(`standing.${standing}`)}
    </span>
  );
}
