import { metaRowLabel } from '../../../shared/i18n/model-labels';
import type { MetaCell, MetaDimension } from '../../../shared/analysis/meta-analysis';
import { useI18n } from '../../state/i18n-context';
import { PALETTES, STANDING_SYMBOL, type Palette } from '../../components/standing-style';

type Props = Readonly<{
  cells: readonly MetaCell[];
  rows: MetaDimension;
  palette: Palette;
  caption: string;
  selected: string | null;
  onSelect: (cell: MetaCell) => void;
  /** A new choice is being computed; the cells still show the previous one. */
  busy?: boolean;
}>;

/**
 * The metaanalys as a table: rows (area, quality dimension or type) × years.
 * Each cell is a small stacked bar of shares plus the counts with symbols,
 * so it reads without colour and works as its own table alternative.
 */
export function MetaHeatmap({
  cells,
  rows,
  palette,
  caption,
  selected,
  onSelect,
  busy = false,
}: Props) {
  const { t, lang } = useI18n();
  const years = [...new Set(cells.map((c) => c.year))].sort((a, b) => a - b);
  const keys = [...new Set(cells.map((c) => c.key))];
  const label = (key: string) => metaRowLabel(rows, key, lang);
  const colours = PALETTES[palette];
  return (
    // aria-busy while a new choice is computed: the cells still show the previous one.
    <table className="heatmap" data-testid="heatmap" aria-busy={busy}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">
            {t(
              rows === 'area'
                ? 'overview.byArea'
                : rows === 'qualityDimension'
                  ? 'overview.byDimension'
                  : 'overview.byType',
            )}
          </th>
          {years.map((y) => (
            <th key={y} scope="col">
              {y}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {keys.map((key) => (
          <tr key={key}>
            <th scope="row">{label(key)}</th>
            {years.map((year) => {
              const cell = cells.find((c) => c.key === key && c.year === year);
              if (!cell)
                return (
                  <td key={year} className="heat-empty">
                    –
                  </td>
                );
              const { favourable: fav, middle: mid, unfavourable: unfav } = cell.counts;
              const other =
                cell.counts.insufficient + cell.counts.missing + cell.counts.no_direction;
              const id = `${key}|${year}`;
              // Issue 19 item 5: how many of the cell's reds the förvaltning has taken a stance on.
              const withStance = cell.unfavourableWithStance ?? 0;
              return (
                <td key={year}>
                  <button
                    type="button"
                    className="heat-cell"
                    aria-pressed={selected === id}
                    onClick={() => onSelect(cell)}
                  >
                    <span className="visually-hidden">
                      {t('overview.cellLabel', { key: label(key), year, fav, mid, unfav, other })}
                      {withStance > 0 && ` (${t('overview.cellStance', { count: withStance })})`}
                    </span>
                    <span className="heat-bar" aria-hidden="true">
                      {cell.shares &&
                        (['favourable', 'middle', 'unfavourable'] as const).map((s) => (
                          <span
                            key={s}
                            style={{ width: `${cell.shares![s] * 100}%`, background: colours[s] }}
                          />
                        ))}
                    </span>
                    <span className="heat-counts" aria-hidden="true">
                      {STANDING_SYMBOL.favourable}
                      {fav} {STANDING_SYMBOL.middle}
                      {mid} {STANDING_SYMBOL.unfavourable}
                      {unfav}
                      {other > 0 && <span className="heat-other"> ({other})</span>}
                    </span>
                    {withStance > 0 && (
                      <span
                        className="heat-other"
                        style={{ fontSize: '0.8rem' }}
                        aria-hidden="true"
                      >
                        {' '}
                        {t('overview.cellStance', { count: withStance })}
                      </span>
                    )}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
