import { parseCellValue, type ParsedValue } from '../cell-value';
import { diagnostic, gateFinding } from '../diagnostic';
import type { Diagnostic, FoundIndicator, FoundObservation, SheetResult } from '../import-batch';
import type { GateFinding } from '../import-report';
import { inferKind } from '../indicator-kind';
import { isYearLike } from '../publication-info';
import { shownValue, textAt, value, type SheetGrid } from '../sheet-grid';
import { cleanText } from '../../util/text-normalize';
import { cellAddress } from '../../util/cell-address';
import type { UnitColumn } from './unit-column';

/** The row naming the years across (Kolada writes them as text, "2005"). */
export function findYearRow(
  sheet: SheetGrid,
  before: number,
  fromCol: number,
): { row: number; years: Map<number, number> } | null {
  for (let r = Math.max(0, before - 5); r < before; r++) {
    const years = new Map<number, number>();
    let other = 0;
    for (let c = fromCol; c < sheet.colCount; c++) {
      const v = value(sheet, r, c);
      if (v === null) continue;
      const y = isYearLike(v);
      if (y === null) other += 1;
      else years.set(c, y);
    }
    if (years.size > 0 && other === 0) return { row: r, years };
  }
  return null;
}

/**
 * Kolada "Jämföraren" exports: long by KPI — the KPI title in one column
 * (repeated on every row), the unit name beside it, one column per year.
 * One indicator per KPI and year; the series links them.
 */
export function readKoladaSheet(
  sheet: SheetGrid,
  units: UnitColumn,
  yearRow: { row: number; years: Map<number, number> },
): SheetResult {
  const diagnostics: Diagnostic[] = [];
  const titleCol = units.col - 1;
  const byTitle = new Map<string, { title: string; cell: string; rows: number[] }>();
  for (const r of [...units.rows.keys()].sort((a, b) => a - b)) {
    if (r <= yearRow.row) continue;
    const title = titleCol >= 0 ? textAt(sheet, r, titleCol) : null;
    if (!title) {
      const cell = cellAddress(r, Math.max(0, titleCol));
      diagnostics.push(
        diagnostic({
          severity: 'warning',
          sheet: sheet.name,
          cell,
          code: 'kolada_row_without_kpi',
          params: { unit: units.rows.get(r)!.name, column: cell.replace(/\d+/, '') },
        }),
      );
      continue;
    }
    const key = cleanText(title);
    const entry = byTitle.get(key) ?? { title, cell: cellAddress(r, titleCol), rows: [] };
    entry.rows.push(r);
    byTitle.set(key, entry);
  }

  const indicators: FoundIndicator[] = [];
  const observations: FoundObservation[] = [];
  // A kommun listed twice with the same values, once per kommun and pair of rows.
  const repeated = new Map<string, Readonly<{ unit: string; first: number; second: number }>>();
  const conflicting: string[] = [];
  for (const [clean, entry] of byTitle) {
    for (const [col, year] of yearRow.years) {
      const key = `${sheet.name}|${clean}|${year}`;
      const parsed: ParsedValue[] = entry.rows.map((r) =>
        parseCellValue(shownValue(sheet, r, col)),
      );
      // Kolada leaves a cell empty when nothing is published; a year with no value at all is no indicator.
      if (parsed.every((p) => p.status !== 'ok')) {
        diagnostics.push(
          diagnostic({
            severity: 'info',
            sheet: sheet.name,
            cell: entry.cell,
            code: 'kolada_year_without_values',
            params: { title: clean, year },
          }),
        );
        continue;
      }
      indicators.push({
        key,
        sheet: sheet.name,
        cell: entry.cell,
        title: clean,
        titleOriginal: entry.title,
        code: null,
        year,
        groupHeading: null,
        kind: inferKind(clean, parsed),
        direction: 'none',
        directionReason: 'riktning anges inte i Kolada-exporten',
        indicatorType: null,
        qualityDimension: null,
        description: null,
      });
      const seen = new Map<string, { row: number; parsed: ParsedValue }>();
      entry.rows.forEach((r, i) => {
        const p = parsed[i]!;
        const unit = units.rows.get(r)!;
        // Kolada lists the selected kommun first and again in its place: one value per kommun.
        const first = seen.get(unit.unitCode);
        if (first) {
          if (first.parsed.status !== p.status || first.parsed.valueNum !== p.valueNum)
            conflicting.push(cellAddress(r, col));
          else
            repeated.set(`${unit.name}|${first.row}|${r}`, {
              unit: unit.name,
              first: first.row + 1,
              second: r + 1,
            });
          return;
        }
        seen.set(unit.unitCode, { row: r, parsed: p });
        observations.push({
          indicatorKey: key,
          unit,
          year,
          period: null,
          valueNum: p.valueNum,
          valueText: p.valueText,
          status: p.status,
          officialClass: null,
          sheet: sheet.name,
          cell: cellAddress(r, col),
        });
      });
    }
  }
  for (const params of repeated.values())
    diagnostics.push(
      diagnostic({
        severity: 'info',
        sheet: sheet.name,
        cell: null,
        code: 'kolada_unit_repeated',
        params,
      }),
    );
  const gate: GateFinding[] =
    conflicting.length === 0
      ? []
      : [
          gateFinding({
            check: 'duplicate_cells',
            blocking: true,
            sheet: sheet.name,
            cells: conflicting.slice(0, 5),
            code: 'kolada_conflicting_values',
            params: { count: conflicting.length, example: conflicting[0]! },
          }),
        ];
  return { sheet: sheet.name, layout: 'kolada', indicators, observations, diagnostics, gate };
}
