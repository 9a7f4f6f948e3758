import { directionReasonLabel } from '../../../shared/i18n/model-labels';
import { useId, useState } from 'react';
import type { CatalogueFilter, CatalogueRow } from '../../../shared/analysis/catalogue';
import type { SeriesSetting } from '../../../shared/import/series-settings';
import { areaLabel } from '../../../shared/model/areas';
import { dimensionLabel, linkReasonLabel } from '../../../shared/i18n/model-labels';
import {
  DIRECTIONS,
  INDICATOR_KINDS,
  INDICATOR_TYPES,
  QUALITY_DIMENSIONS,
  type Direction,
  type IndicatorType,
} from '../../../shared/model/indicators';
import { indicatorHash } from '../../app/routes';
import { useEngine } from '../../state/engine-context';
import { useI18n } from '../../state/i18n-context';
import { useMessages } from '../../state/message-context';
import { useCommand, useRunCommand } from '../../state/use-command';
import { useDebounced } from '../../state/use-debounced';
import { useRunAction } from '../../state/use-run-action';
import { CatalogueFilters, type FilterState } from './CatalogueFilters';
import { DirectionNeeded } from './DirectionNeeded';
import { Icon } from '../../components/Icon';

const EMPTY_FILTER: FilterState = {
  search: '',
  area: '',
  year: '',
  indicatorType: '',
  qualityDimension: '',
  kind: '',
  direction: '',
  show: 'all',
};

function toFilter(f: FilterState): CatalogueFilter {
  const pick = <T extends string>(v: string, allowed: readonly T[]): T | undefined =>
    (allowed as readonly string[]).includes(v) ? (v as T) : undefined;
  const facets = {
    indicatorType: pick(f.indicatorType, INDICATOR_TYPES),
    qualityDimension: pick(f.qualityDimension, QUALITY_DIMENSIONS),
    kind: pick(f.kind, INDICATOR_KINDS),
    direction: pick(f.direction, DIRECTIONS),
  };
  return {
    ...(f.search.trim() ? { search: f.search } : {}),
    ...(f.area ? { area: f.area } : {}),
    ...(f.year ? { year: Number(f.year) } : {}),
    ...Object.fromEntries(Object.entries(facets).filter(([, v]) => v !== undefined)),
    ...(f.show === 'all' ? {} : { background: f.show === 'background' }),
  };
}

/** Indikatorkatalog: browse and search every imported indicator; correct direction, type, background and series. */
export function CataloguePage() {
  const { t, tn, lang, num } = useI18n();
  const engine = useEngine();
  const run = useRunAction();
  const runCommand = useRunCommand();
  const { show } = useMessages();
  const [filter, setFilter] = useState<FilterState>(EMPTY_FILTER);
  const [relinking, setRelinking] = useState<CatalogueRow | null>(null);
  const areas = useCommand('catalogue.areas', {}).data ?? [];
  const years = useCommand('catalogue.years', {}).data ?? [];
  // Typing asks once the search has settled, not per key.
  const asked = useDebounced(filter, 150);
  const listed = useCommand('catalogue.list', toFilter(asked));
  const result = listed.data ?? (listed.error ? { rows: [], total: 0 } : null);

  const correct = (row: CatalogueRow, patch: SeriesSetting) =>
    run(async () => {
      if (!row.seriesId) return;
      await runCommand(
        'catalogue.setSeriesSetting',
        { seriesId: row.seriesId, patch },
        { changesData: true },
      );
    });

  if (engine.state.phase === 'ready' && engine.state.counts.indicator === 0) {
    return (
      <>
        <h1>{t('page.catalogue.title')}</h1>
        <p className="hint">{t('catalogue.empty')}</p>
      </>
    );
  }
  return (
    <>
      <h1>{t('page.catalogue.title')}</h1>
      <p>{t('catalogue.intro')}</p>
      <DirectionNeeded />
      <CatalogueFilters value={filter} onChange={setFilter} areas={areas} years={years} />
      {result && (
        <p role="status" aria-live="polite">
          {t('catalogue.count', { shown: num(result.rows.length), total: num(result.total) })}
          {result.total > result.rows.length ? ` ${t('catalogue.limited')}` : ''}
        </p>
      )}
      {relinking && (
        <RelinkForm
          row={relinking}
          onClose={() => setRelinking(null)}
          onDone={() => show({ kind: 'info', text: t('catalogue.relinked') })}
        />
      )}
      {result && result.rows.length === 0 && <p className="hint">{t('catalogue.none')}</p>}
      {result && result.rows.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" data-testid="catalogue">
            <thead>
              <tr>
                <th scope="col">{t('overview.indicator')}</th>
                <th scope="col">{t('catalogue.code')}</th>
                <th scope="col">{t('catalogue.area')}</th>
                <th scope="col" className="num">
                  {t('catalogue.year')}
                </th>
                <th scope="col">{t('catalogue.kind')}</th>
                <th scope="col">{t('catalogue.type')}</th>
                <th scope="col">{t('catalogue.direction')}</th>
                <th scope="col">{t('catalogue.series')}</th>
                <th scope="col">{t('catalogue.source')}</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((r) => (
                <tr key={r.indicatorId}>
                  <th scope="row">
                    {r.seriesId && !r.background ? (
                      <a href={indicatorHash(r.seriesId)}>{r.title}</a>
                    ) : (
                      r.title
                    )}
                    {r.background && <span className="tag"> {t('catalogue.background')}</span>}
                    <details>
                      <summary>{t('catalogue.definition')}</summary>
                      <p>{r.description ?? t('catalogue.noDefinition')}</p>
                      {r.qualityDimension && (
                        <p>
                          {t('catalogue.dimension')}: {dimensionLabel(r.qualityDimension, lang)}
                        </p>
                      )}
                      <label>
                        <input
                          type="checkbox"
                          checked={r.background}
                          onChange={(e) => correct(r, { background: e.target.checked })}
                        />{' '}
                        {t('catalogue.showBackground')}
                      </label>
                    </details>
                  </th>
                  <td>{r.code ?? ''}</td>
                  <td>{areaLabel(r.area, lang)}</td>
                  <td className="num">{r.year}</td>
                  <td>{t(`kind.${r.kind}`)}</td>
                  <td>
                    <select
                      aria-label={t('catalogue.setType', { title: r.title })}
                      value={r.indicatorType ?? ''}
                      onChange={(e) =>
                        correct(r, {
                          indicatorType: (e.target.value || null) as IndicatorType | null,
                        })
                      }
                    >
                      <option value="">{t('type.none')}</option>
                      {INDICATOR_TYPES.map((x) => (
                        <option key={x} value={x}>
                          {t(`type.${x}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      aria-label={t('catalogue.setDirection', { title: r.title })}
                      value={r.direction}
                      disabled={r.background}
                      onChange={(e) => correct(r, { direction: e.target.value as Direction })}
                    >
                      {DIRECTIONS.map((x) => (
                        <option key={x} value={x}>
                          {t(`direction.${x}`)}
                        </option>
                      ))}
                    </select>
                    {r.edited && (
                      <span className="tag">
                        {' '}
                        <Icon name="edit" />
                        {t('catalogue.edited')}
                      </span>
                    )}
                    {r.directionReason && (
                      <>
                        <br />
                        <span className="hint">
                          {directionReasonLabel(r.directionReason, lang)}
                        </span>
                      </>
                    )}
                  </td>
                  <td>
                    {r.seriesLabel ?? ''}
                    <br />
                    <span className="hint">
                      {t('catalogue.years', { count: r.seriesYears })} ·{' '}
                      {linkReasonLabel(r.linkReason, lang) ?? ''}
                      {r.linkConfidence !== null && r.linkConfidence < 1
                        ? ` · ${t('catalogue.confidence', { value: num(r.linkConfidence, 2) })}`
                        : ''}
                    </span>
                    <br />
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`${t('catalogue.relink')}: ${r.title} ${r.year}`}
                      onClick={() => setRelinking(r)}
                    >
                      {t('catalogue.relink')}
                    </button>
                  </td>
                  <td>
                    {r.fileName ?? ''}
                    {r.sourceRange && (
                      <>
                        <br />
                        <span className="hint">
                          {r.sourceRange} · {tn('catalogue.values', r.values)}
                        </span>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** Link one indicator-year to another series of its area, or split it into a series of its own. */
function RelinkForm({
  row,
  onClose,
  onDone,
}: Readonly<{ row: CatalogueRow; onClose: () => void; onDone: () => void }>) {
  const { t } = useI18n();
  const run = useRunAction();
  const runCommand = useRunCommand();
  const choices = useCommand('catalogue.seriesChoices', { area: row.area }).data ?? [];
  const [target, setTarget] = useState(row.seriesId ?? '');
  const id = useId();
  const link = (seriesId: string) =>
    run(async () => {
      await runCommand(
        'catalogue.relink',
        { indicatorId: row.indicatorId, seriesId },
        { changesData: true },
      );
      onDone();
      onClose();
    });
  return (
    <form
      className="panel"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        link(target);
      }}
    >
      <h2 id={`${id}-title`}>{t('catalogue.relinkTitle', { title: row.title, year: row.year })}</h2>
      <label htmlFor={`${id}-series`}>{t('catalogue.relinkTo')}</label>
      <select id={`${id}-series`} value={target} onChange={(e) => setTarget(e.target.value)}>
        {choices.map((c) => (
          <option key={c.seriesId} value={c.seriesId}>
            {c.label} ({c.years})
          </option>
        ))}
      </select>
      <div className="button-row">
        <button type="submit" disabled={!target || target === row.seriesId}>
          {t('catalogue.relinkSave')}
        </button>
        <button
          type="button"
          onClick={() =>
            link(
              `${row.area}:manuell-${row.indicatorId.replace(/[^A-Za-z0-9-]/g, '-').toLowerCase()}`,
            )
          }
        >
          {t('catalogue.split')}
        </button>
        <button type="button" onClick={onClose}>
          {t('catalogue.cancel')}
        </button>
      </div>
    </form>
  );
}
