import { parseCellValue } from '../cell-value';
import { diagnostic } from '../diagnostic';
import type { FoundIndicator, FoundObservation, SheetResult } from '../import-batch';
import { inferKind } from '../indicator-kind';
import { isYearLike } from '../publication-info';
import { textAt, value, type SheetGrid } from '../sheet-grid';
import { cleanText, matchKey } from '../../util/text-normalize';
import { cellAddress } from '../../util/cell-address';
import { matchUnit, type UnitMatch } from '../../reference/unit-names';

const MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

/** "Ekonomiskt bistånd, Dalarnas län" → Dalarnas län: the unit named after the last comma of the title. */
function unitFromTitle(title: string): UnitMatch | null {
  const parts = cleanText(title).split(',');
  for (let i = parts.length - 1; i >= 1; i--) {
    const m = matchUnit(parts.slice(i).join(',').trim());
    if (m) return m;
  }
  return null;
}

/**
 * Statistikdatabasen's time series for one unit: the unit in the title
 * ("Ekonomiskt bistånd, Dalarnas län"), a header "År | Månad | measures…",
 * one row per month, "--" for not (yet) published. One indicator per
 * measure and year; the month is the observation's period ("2023-07").
 */
export function readPeriodSheet(sheet: SheetGrid): SheetResult | null {
  const title = textAt(sheet, 0, 0);
  const unit = title ? unitFromTitle(title) : null;
  if (!unit) return null;
  let headerRow = -1;
  let yearCol = -1;
  let monthCol = -1;
  for (let r = 1; r < Math.min(8, sheet.rowCount) && headerRow < 0; r++) {
    for (let c = 0; c < sheet.colCount; c++) {
      const t = matchKey(textAt(sheet, r, c) ?? '');
      if (t === 'år') yearCol = c;
      if (t === 'månad') monthCol = c;
    }
    if (yearCol >= 0) headerRow = r;
  }
  if (headerRow < 0) return null;
  const measures = [];
  for (let c = 0; c < sheet.colCount; c++) {
    const t = textAt(sheet, headerRow, c);
    if (c !== yearCol && c !== monthCol && t) measures.push({ col: c, title: t });
  }
  const result: SheetResult = {
    sheet: sheet.name,
    layout: 'period',
    indicators: [],
    observations: [],
    diagnostics: [],
  };
  const indicators = new Map<string, FoundIndicator>();
  for (let r = headerRow + 1; r < sheet.rowCount; r++) {
    const year = isYearLike(value(sheet, r, yearCol));
    if (year === null) {
      if (measures.some((m) => value(sheet, r, m.col) !== null))
        result.diagnostics.push(
          diagnostic({
            severity: 'warning',
            sheet: sheet.name,
            cell: cellAddress(r, yearCol),
            code: 'period_row_without_year',
          }),
        );
      continue;
    }
    let period: string | null = null;
    if (monthCol >= 0) {
      const month = MONTHS.indexOf(matchKey(textAt(sheet, r, monthCol) ?? ''));
      if (month < 0) {
        result.diagnostics.push(
          diagnostic({
            severity: 'warning',
            sheet: sheet.name,
            cell: cellAddress(r, monthCol),
            code: 'month_unknown',
            params: { month: textAt(sheet, r, monthCol) ?? '' },
          }),
        );
        continue;
      }
      period = `${year}-${String(month + 1).padStart(2, '0')}`;
    }
    for (const m of measures) {
      const key = `${sheet.name}|${m.col}|${year}`;
      if (!indicators.has(key)) {
        const indicator: FoundIndicator = {
          key,
          sheet: sheet.name,
          cell: cellAddress(headerRow, m.col),
          title: cleanText(m.title),
          titleOriginal: m.title,
          code: null,
          year,
          groupHeading: null,
          kind: inferKind(m.title, []),
          direction: 'none',
          directionReason: 'riktning anges inte i filen',
          indicatorType: null,
          qualityDimension: null,
          description: title ? cleanText(title) : null,
        };
        indicators.set(key, indicator);
        result.indicators.push(indicator);
      }
      const p = parseCellValue(value(sheet, r, m.col));
      const observation: FoundObservation = {
        indicatorKey: key,
        unit,
        year,
        period,
        valueNum: p.valueNum,
        valueText: p.valueText,
        status: p.status,
        officialClass: null,
        sheet: sheet.name,
        cell: cellAddress(r, m.col),
      };
      result.observations.push(observation);
    }
  }
  return result;
}
