import type { Indicator } from '../model/indicators';
import type { Observation } from '../model/observations';
import type { Unit } from '../model/units';

/** Domain records (camelCase) → table rows (snake_case, the SQL surface). */
export const unitRow = (u: Unit) => ({
  unit_code: u.unitCode,
  name: u.name,
  level: u.level,
  parent_code: u.parentCode,
  lan_code: u.lanCode,
  kommungrupp_2023: u.kommungrupp2023,
  kommungrupp_2017: u.kommungrupp2017,
  regiform: u.regiform ?? null,
});

export const indicatorRow = (x: Indicator) => ({
  indicator_id: x.indicatorId,
  area: x.area,
  year: x.year,
  code: x.code,
  title: x.title,
  description: x.description,
  kind: x.kind,
  direction: x.direction,
  indicator_type: x.indicatorType,
  quality_dimension: x.qualityDimension,
  series_id: x.seriesId,
  file_id: x.fileId,
  is_background: x.background,
  direction_reason: x.directionReason ?? null,
});

export const observationRow = (o: Observation) => ({
  indicator_id: o.indicatorId,
  unit_code: o.unitCode,
  year: o.year,
  period: o.period,
  value_num: o.valueNum,
  value_text: o.valueText,
  status: o.status,
  official_class: o.officialClass,
  n: o.n,
  ci_low: o.ciLow ?? null,
  ci_high: o.ciHigh ?? null,
  response_rate: o.responseRate ?? null,
  file_id: o.fileId,
  sheet: o.sheet,
  cell: o.cell,
});
