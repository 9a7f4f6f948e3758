import type { ColumnSpec } from './arrow-ipc';

const s = (name: string): ColumnSpec => ({ name, type: 'string' });
const i = (name: string): ColumnSpec => ({ name, type: 'int' });
const d = (name: string): ColumnSpec => ({ name, type: 'double' });
const b = (name: string): ColumnSpec => ({ name, type: 'bool' });
const t = (name: string): ColumnSpec => ({ name, type: 'timestamp' });

/** Arrow column types for bulk loads; names follow the SQL surface in schema.ts. */
export const COLUMNS = {
  source_file: [
    s('file_id'),
    s('file_name'),
    s('sha256'),
    i('bytes'),
    t('imported_at'),
    s('publisher'),
    s('area'),
    i('year'),
    s('layout'),
    s('warnings'),
    s('superseded_by'),
  ],
  unit: [
    s('unit_code'),
    s('name'),
    s('level'),
    s('parent_code'),
    s('lan_code'),
    s('kommungrupp_2023'),
    s('kommungrupp_2017'),
    s('regiform'),
  ],
  series: [
    s('series_id'),
    s('area'),
    s('label'),
    d('link_confidence'),
    s('link_reason'),
    b('overridden'),
  ],
  indicator: [
    s('indicator_id'),
    s('area'),
    i('year'),
    s('code'),
    s('title'),
    s('description'),
    s('kind'),
    s('direction'),
    s('indicator_type'),
    s('quality_dimension'),
    s('series_id'),
    s('file_id'),
    b('is_background'),
    s('direction_reason'),
  ],
  observation: [
    s('indicator_id'),
    s('unit_code'),
    i('year'),
    s('period'),
    d('value_num'),
    s('value_text'),
    s('status'),
    s('official_class'),
    i('n'),
    s('file_id'),
    s('sheet'),
    s('cell'),
    d('ci_low'),
    d('ci_high'),
    d('response_rate'),
  ],
  development_area_series: [s('development_area_id'), s('series_id'), i('position')],
  development_evaluation: [s('unit_code'), i('year'), s('text'), t('created_at'), t('updated_at')],
  peer_set_version: [s('peer_set_id'), i('version'), s('name'), s('definition'), t('created_at')],
  peer_set_version_member: [s('peer_set_id'), i('version'), s('unit_code')],
} as const satisfies Record<string, readonly ColumnSpec[]>;
