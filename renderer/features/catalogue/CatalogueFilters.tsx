import { useId } from 'react';
import { areaLabel } from '../../../shared/model/areas';
import {
  DIRECTIONS,
  INDICATOR_KINDS,
  INDICATOR_TYPES,
  QUALITY_DIMENSIONS,
} from '../../../shared/model/indicators';
import { useI18n } from '../../state/i18n-context';

export type FilterState = Readonly<{
  search: string;
  area: string;
  year: string;
  indicatorType: string;
  qualityDimension: string;
  kind: string;
  direction: string;
  show: 'all' | 'indicators' | 'background';
}>;

type Props = Readonly<{
  value: FilterState;
  onChange: (next: FilterState) => void;
  areas: readonly string[];
  years: readonly number[];
}>;

/** The catalogue's filters: free text plus one select per facet; labels are bound by id (axe: label-in-name). */
export function CatalogueFilters({ value, onChange, areas, years }: Props) {
  const { t, lang } = useI18n();
  const id = useId();
  const set = (patch: Partial<FilterState>) => onChange({ ...value, ...patch });
  const select = (
    key: keyof FilterState,
    label: string,
    options: readonly (readonly [string, string])[],
    allLabel: string,
  ) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select
        id={`${id}-${key}`}
        value={value[key]}
        onChange={(e) => set({ [key]: e.target.value })}
      >
        <option value="">{allLabel}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      className="controls"
      role="search"
      aria-label={t('page.catalogue.title')}
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="field">
        <label htmlFor={`${id}-search`}>{t('catalogue.search')}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={value.search}
          onChange={(e) => set({ search: e.target.value })}
        />
      </div>
      {select(
        'area',
        t('catalogue.area'),
        areas.map((a) => [a, areaLabel(a, lang)] as const),
        t('catalogue.allAreas'),
      )}
      {select(
        'year',
        t('catalogue.year'),
        years.map((y) => [String(y), String(y)] as const),
        t('catalogue.allYears'),
      )}
      {select(
        'indicatorType',
        t('catalogue.type'),
        INDICATOR_TYPES.map((x) => [x, t(`type.${x}`)] as const),
        t('catalogue.all'),
      )}
      {select(
        'qualityDimension',
        t('catalogue.dimension'),
        QUALITY_DIMENSIONS.map((x) => [x, t(`dimension.${x}`)] as const),
        t('catalogue.all'),
      )}
      {select(
        'kind',
        t('catalogue.kind'),
        INDICATOR_KINDS.map((x) => [x, t(`kind.${x}`)] as const),
        t('catalogue.all'),
      )}
      {select(
        'direction',
        t('catalogue.direction'),
        DIRECTIONS.map((x) => [x, t(`direction.${x}`)] as const),
        t('catalogue.all'),
      )}
      <div className="field">
        <label htmlFor={`${id}-show`}>{t('catalogue.show')}</label>
        <select
          id={`${id}-show`}
          value={value.show}
          onChange={(e) => set({ show: e.target.value as FilterState['show'] })}
        >
          <option value="all">{t('catalogue.all')}</option>
          <option value="indicators">{t('catalogue.showIndicators')}</option>
          <option value="background">{t('catalogue.showBackground')}</option>
        </select>
      </div>
    </form>
  );
}
