import type { MetaDimension } from '../../../shared/analysis/meta-analysis';
import type { PeerSetSpec } from '../../../shared/analysis/peer-sets';
import type { ColourMode } from '../../../shared/analysis/standing';
import type { Palette } from '../../components/standing-style';
import { useI18n } from '../../state/i18n-context';
import type { Kommun, OverviewChoice } from './use-overview';

type Props = Readonly<{
  choice: OverviewChoice;
  kommuner: readonly Kommun[];
  years: readonly number[];
  namedSets: readonly { id: string; name: string }[];
  palette: Palette;
  onChange: (choice: OverviewChoice) => void;
  onPalette: (palette: Palette) => void;
}>;

const specValue = (s: PeerSetSpec) =>
  s.kind === 'named'
    ? `named:${s.peerSetId}`
    : s.kind === 'kommungrupp'
      ? `kommungrupp:${s.classification}`
      : s.kind;

function parseSpec(value: string): PeerSetSpec {
  if (value.startsWith('named:')) return { kind: 'named', peerSetId: value.slice(6) };
  if (value === 'kommungrupp:2023') return { kind: 'kommungrupp', classification: 2023 };
  if (value === 'kommungrupp:2017') return { kind: 'kommungrupp', classification: 2017 };
  return value === 'lan' ? { kind: 'lan' } : { kind: 'all' };
}

export function OverviewControls({
  choice,
  kommuner,
  years,
  namedSets,
  palette,
  onChange,
  onPalette,
}: Props) {
  const { t } = useI18n();
  return (
    <form
      className="controls"
      onSubmit={(e) => e.preventDefault()}
      aria-label={t('page.overview.title')}
    >
      <label>
        {t('overview.home')}
        <select
          value={choice.home}
          onChange={(e) => onChange({ ...choice, home: e.target.value, part: undefined })}
        >
          {kommuner.map((k) => (
            <option key={k.code} value={k.code}>
              {k.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('overview.peers')}
        <select
          value={specValue(choice.peers)}
          onChange={(e) => onChange({ ...choice, peers: parseSpec(e.target.value) })}
          disabled={choice.part !== undefined}
          title={choice.part !== undefined ? t('parts.peersForKommun') : undefined}
        >
          <option value="all">{t('overview.peersAll')}</option>
          <option value="lan">{t('overview.peersLan')}</option>
          <option value="kommungrupp:2023">{t('overview.peersGroup')}</option>
          {namedSets.map((s) => (
            <option key={s.id} value={`named:${s.id}`}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('overview.from')}
        <select
          value={choice.from}
          onChange={(e) => onChange({ ...choice, from: Number(e.target.value) })}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('overview.to')}
        <select
          value={choice.to}
          onChange={(e) => onChange({ ...choice, to: Number(e.target.value) })}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('overview.rows')}
        <select
          value={choice.rows}
          onChange={(e) => onChange({ ...choice, rows: e.target.value as MetaDimension })}
        >
          <option value="area">{t('overview.byArea')}</option>
          <option value="qualityDimension">{t('overview.byDimension')}</option>
          <option value="indicatorType">{t('overview.byType')}</option>
        </select>
      </label>
      <label>
        {t('overview.mode')}
        <select
          value={choice.mode}
          onChange={(e) => onChange({ ...choice, mode: e.target.value as ColourMode })}
        >
          <option value="relative">{t('overview.modeRelative')}</option>
          <option value="official">{t('overview.modeOfficial')}</option>
        </select>
      </label>
      <label>
        {t('overview.palette')}
        <select value={palette} onChange={(e) => onPalette(e.target.value as Palette)}>
          <option value="default">{t('overview.paletteDefault')}</option>
          <option value="cvd">{t('overview.paletteCvd')}</option>
          <option value="grey">{t('overview.paletteGrey')}</option>
        </select>
      </label>
    </form>
  );
}
