import { parseCellValue } from '../cell-value';
import { diagnostic } from '../diagnostic';
import type { FoundIndicator, FoundObservation, SheetResult } from '../import-batch';
import { inferKind } from '../indicator-kind';
import { isYearLike } from '../publication-info';
import { shownValue, textAt, value, type SheetGrid } from '../sheet-grid';
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

/** How far from the top-left corner a period sheet's title and header may stand (blank or note rows/columns in front). */
const TITLE_SEARCH_ROWS = 12;
const TITLE_SEARCH_COLS = 8;
/** Rows between the title and the "År | Månad" header (a subtitle, a blank row, a unit of measure). */
const HEADER_SEARCH_ROWS = 8;

interface PeriodHeader {
  title: string;
  unit: UnitMatch;
  row: number;
  yearCol: number;
  monthCol: number;
}

/** The header row below `titleRow`: a cell "År" (and maybe "Månad") in the same row. */
function findHeader(
  sheet: SheetGrid,
  titleRow: number,
): Omit<PeriodHeader, 'title' | 'unit'> | null {
  const last = Math.min(titleRow + HEADER_SEARCH_ROWS, sheet.rowCount - 1);
  for (let r = titleRow + 1; r <= last; r++) {
    let yearCol = -1;
    let monthCol = -1;
    for (let c = 0; c < sheet.colCount; c++) {
      const t = matchKey(textAt(sheet, r, c) ?? '');
      if (t === 'år' && yearCol < 0) yearCol = c;
      if (t === 'månad' && monthCol < 0) monthCol = c;
    }
    if (yearCol >= 0) return { row: r, yearCol, monthCol };
  }
  return null;
}

/**
 * The title naming the unit and the header after it, searched in the
 * sheet's top-left block row by row: a download may carry blank rows or
 * columns in front, or a note above the title. The first title with a
 * header below it wins.
 */
function findPeriodHeader(sheet: SheetGrid): PeriodHeader | null {
  const rows = Math.min(TITLE_SEARCH_ROWS, sheet.rowCount);
  const cols = Math.min(TITLE_SEARCH_COLS, sheet.colCount);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const title = textAt(sheet, r, c);
      const unit = title ? unitFromTitle(title) : null;
      if (!title || !unit) continue;
      const header = findHeader(sheet, r);
      if (header) return { title, unit, ...header };
    }
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
  const header = findPeriodHeader(sheet);
  if (!header) return null;
  const { title, unit, row: headerRow, yearCol, monthCol } = header;
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
          description: cleanText(title),
        };
        indicators.set(key, indicator);
        result.indicators.push(indicator);
      }
      const p = parseCellValue(shownValue(sheet, r, m.col));
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
