import { parseCellValue, type ParsedValue } from '../cell-value';
import type { Diagnostic, FoundIndicator, FoundObservation, SheetResult } from '../import-batch';
import type { GateFinding } from '../import-report';
import { inferKind } from '../indicator-kind';
import { isYearLike } from '../publication-info';
import { textAt, value, type SheetGrid } from '../sheet-grid';
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
      diagnostics.push({
        severity: 'warning',
        sheet: sheet.name,
        cell: cellAddress(r, Math.max(0, titleCol)),
        message: `Raden för ${units.rows.get(r)!.name} saknar nyckeltal i kolumn ${cellAddress(r, Math.max(0, titleCol)).replace(/\d+/, '')} och lästes inte in.`,
      });
      continue;
    }
    const key = cleanText(title);
    const entry = byTitle.get(key) ?? { title, cell: cellAddress(r, titleCol), rows: [] };
    entry.rows.push(r);
    byTitle.set(key, entry);
  }

  const indicators: FoundIndicator[] = [];
  const observations: FoundObservation[] = [];
  const repeated = new Set<string>();
  const conflicting: string[] = [];
  for (const [clean, entry] of byTitle) {
    for (const [col, year] of yearRow.years) {
      const key = `${sheet.name}|${clean}|${year}`;
      const parsed: ParsedValue[] = entry.rows.map((r) => parseCellValue(value(sheet, r, col)));
      // Kolada leaves a cell empty when nothing is published; a year with no value at all is no indicator.
      if (parsed.every((p) => p.status !== 'ok')) {
        diagnostics.push({
          severity: 'info',
          sheet: sheet.name,
          cell: entry.cell,
          message: `"${clean}" har inga värden ${year}; inget att läsa in det året.`,
        });
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
          else repeated.add(`${unit.name} (rad ${first.row + 1} och ${r + 1})`);
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
  for (const text of repeated)
    diagnostics.push({
      severity: 'info',
      sheet: sheet.name,
      cell: null,
      message: `${text} står två gånger med samma värden; värdena lästes in en gång.`,
    });
  const gate: GateFinding[] =
    conflicting.length === 0
      ? []
      : [
          {
            check: 'duplicate_cells',
            blocking: true,
            sheet: sheet.name,
            cells: conflicting.slice(0, 5),
            message: `${conflicting.length} värden står för en kommun som redan har ett annat värde för samma nyckeltal och år (t.ex. ${conflicting[0]}); bara det första skulle läsas in.`,
          },
        ];
  return { sheet: sheet.name, layout: 'kolada', indicators, observations, diagnostics, gate };
}
