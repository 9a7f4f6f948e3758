import { parseCellValue } from './cell-value';
import { diagnostic } from './diagnostic';
import { ImportError } from './import-error';
import type { FoundIndicator, FoundObservation, SheetResult } from './import-batch';
import { matchUnit, type UnitMatch } from '../reference/unit-names';
import { RIKET_CODE } from '../model/units';

type KoladaValue = { gender?: unknown; status?: unknown; value?: unknown; count?: unknown };
type KoladaRow = { kpi?: unknown; municipality?: unknown; period?: unknown; values?: unknown };

const GENDER = { T: '', K: 'kvinnor', M: 'män' } as const;

function koladaUnit(code: string): UnitMatch | null {
  if (code === '0000') return { unitCode: RIKET_CODE, name: 'Riket', level: 'riket', by: 'code' };
  return matchUnit(code);
}

/**
 * A Kolada API (v2) response saved to a file: `values[]` of kpi ×
 * municipality × period, each with an inner `values[]` of gender, status and
 * value. Indicators are named by their KPI id (the response has no titles).
 */
export function readKoladaJson(fileName: string, bytes: Uint8Array): SheetResult {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8').decode(bytes));
  } catch {
    throw new ImportError('import.not_json', `Filen ${fileName} är inte giltig JSON.`, fileName);
  }
  const rows = (data as { values?: unknown }).values;
  if (!Array.isArray(rows))
    throw new ImportError(
      'import.not_kolada',
      `Filen ${fileName} är JSON men inget svar från Kolada (fältet "values" saknas).`,
      fileName,
    );
  const result: SheetResult = {
    sheet: 'values',
    layout: 'kolada',
    indicators: [],
    observations: [],
    diagnostics: [],
  };
  const indicators = new Map<string, FoundIndicator>();
  rows.forEach((raw: KoladaRow, i) => {
    const kpi = typeof raw.kpi === 'string' ? raw.kpi : null;
    const municipality = typeof raw.municipality === 'string' ? raw.municipality : null;
    const period =
      typeof raw.period === 'number' || typeof raw.period === 'string' ? Number(raw.period) : NaN;
    const unit = municipality ? koladaUnit(municipality) : null;
    if (!kpi || !Number.isInteger(period) || !Array.isArray(raw.values)) {
      result.diagnostics.push(
        diagnostic({
          severity: 'warning',
          sheet: 'values',
          cell: `values[${i}]`,
          code: 'kolada_entry_incomplete',
        }),
      );
      return;
    }
    if (!unit) {
      result.diagnostics.push(
        diagnostic({
          severity: 'warning',
          sheet: 'values',
          cell: `values[${i}]`,
          code: 'kolada_unit_unknown',
          params: { unit: municipality ?? '' },
        }),
      );
      return;
    }
    (raw.values as KoladaValue[]).forEach((v, j) => {
      const gender =
        typeof v.gender === 'string' && v.gender in GENDER
          ? GENDER[v.gender as keyof typeof GENDER]
          : '';
      const key = `${kpi}|${gender}|${period}`;
      if (!indicators.has(key)) {
        const title = gender ? `${kpi} – ${gender}` : kpi;
        const indicator: FoundIndicator = {
          key,
          sheet: 'values',
          cell: `values[${i}]`,
          title,
          titleOriginal: title,
          code: kpi,
          year: period,
          groupHeading: null,
          kind: 'index',
          direction: 'none',
          directionReason: 'riktning anges inte i Kolada-svaret',
          indicatorType: null,
          qualityDimension: null,
          description: null,
        };
        indicators.set(key, indicator);
        result.indicators.push(indicator);
      }
      const parsed =
        v.value === null || v.value === undefined
          ? {
              status: v.status === 'Missing' ? ('saknas' as const) : ('ej_publicerat' as const),
              valueNum: null,
              valueText: null,
            }
          : parseCellValue(v.value as number);
      const observation: FoundObservation = {
        indicatorKey: key,
        unit,
        year: period,
        period: null,
        valueNum: parsed.valueNum,
        valueText: parsed.valueText,
        status: parsed.status,
        officialClass: null,
        sheet: 'values',
        cell: `values[${i}].values[${j}]`,
      };
      result.observations.push(observation);
    });
  });
  return result;
}
