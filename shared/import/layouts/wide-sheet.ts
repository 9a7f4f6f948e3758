import { parseCellValue, looksLikeValue, type ParsedValue } from '../cell-value';
import { colourWordClass, fillClass } from '../fill-class';
import type { Diagnostic, SheetResult } from '../import-batch';
import { inferKind, parseIndicatorType } from '../indicator-kind';
import { isYearLike, yearInText } from '../publication-info';
import { mergedValue, textAt, value, type SheetGrid } from '../sheet-grid';
import { cleanText, matchKey } from '../text-normalize';
import { cellAddress } from '../../util/cell-address';
import type { UnitColumn } from './unit-column';
import { matchUnit, type UnitMatch } from '../../reference/unit-names';

const HEADER_DEPTH = 8;
const BLOCK_GAP = 3;
const LABEL_HEADER = /^(k-?kod|kod|kommunkod|kommun|kommunnamn|län|länskod|lan|hemlän|region|regionkod|namn|enhet|område|stadsdel|kommungrupp)$/;
const NOT_A_UNIT = /^(min ?[-–] ?max|min|max|median|medelvärde|antal kommuner|antal svarande|källa|not|anm|fotnot|förklaring)/;
const CODE = /^[A-ZÅÄÖ]{1,6}[-_ ]?\d{1,4}[a-z]?$/;
const COLOUR_HEADER = /färg|jämförelse|colour|color/;
/** Row 1 of Socialstyrelsen's accessible sheets describes the sheet, it is no title. */
const ACCESSIBILITY_NOTE = /(sidan|bladet) innehåll|den här sidan|hyperlänk|^en tabell/i;
const YEAR_SPAN = /^(\d{4})\s*[-–]\s*(\d{4})$/;

type Column = { col: number; titleCell: string; title: string; code: string | null; year: number | null; group: string | null; colourCol: number | null };
type Block = { rows: number[]; headerTop: number; title: string | null };

function isMergedAcross(sheet: SheetGrid, row: number, col: number): boolean {
  return sheet.merges.some((m) => row >= m.r0 && row <= m.r1 && col >= m.c0 && col <= m.c1 && m.c1 > m.c0);
}

/** Unit rows in runs: statistics sheets stack several tables (Tabell 2A, 2B …) on one sheet. */
function splitBlocks(sheet: SheetGrid, units: UnitColumn): Block[] {
  const rows = [...units.rows.keys()].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const r of rows) {
    const run = runs[runs.length - 1];
    if (run && r - run[run.length - 1]! <= BLOCK_GAP) run.push(r);
    else runs.push([r]);
  }
  return runs.map((run, i) => {
    const previousEnd = i === 0 ? -1 : runs[i - 1]![runs[i - 1]!.length - 1]!;
    const headerTop = Math.max(previousEnd + 1, run[0]! - HEADER_DEPTH);
    // The block's title: the first long text alone in column A above its header ("Tabell 2A. …").
    let title: string | null = null;
    for (let r = previousEnd + 1; r < run[0]!; r++) {
      const t = textAt(sheet, r, 0);
      if (t && t.length > 20 && !ACCESSIBILITY_NOTE.test(t) && !/^table /i.test(t) && textAt(sheet, r, units.col + 1) === null) {
        title = cleanText(t);
        break;
      }
    }
    return { rows: run, headerTop, title };
  });
}

/** Read the header zone above a block for one value column. */
function describeColumn(sheet: SheetGrid, col: number, headerTop: number, firstData: number, skipRows: ReadonlySet<number>): Omit<Column, 'colourCol'> | null {
  let title: string | null = null;
  let titleCell = '';
  let code: string | null = null;
  let year: number | null = null;
  let group: string | null = null;
  for (let r = firstData - 1; r >= headerTop; r--) {
    if (skipRows.has(r)) continue;
    const raw = mergedValue(sheet, r, col);
    if (raw === null || String(raw).trim() === '') continue;
    if (col > 0 && textAt(sheet, r, 0) && String(raw) === textAt(sheet, r, 0) && isMergedAcross(sheet, r, col)) continue; // a title merged across the sheet
    const text = String(raw);
    const clean = cleanText(text);
    const span = YEAR_SPAN.exec(clean);
    const y = isYearLike(raw);
    if (span && year === null) year = Number(span[2]); // "2022-2023": a two-year measure, dated by its last year
    if (y !== null && year === null) year = y;
    else if (span && title === null) {
      title = text;
      titleCell = cellAddress(r, col);
    } else if (CODE.test(clean) && code === null) code = clean;
    else if (title !== null || isMergedAcross(sheet, r, col) || parseIndicatorType(clean)) group ??= clean;
    else {
      title = text;
      titleCell = cellAddress(r, col);
    }
  }
  if (title === null && group !== null) {
    title = group; // years across, the measure named once above them
    titleCell = cellAddress(headerTop, col);
    group = null;
  }
  if (title === null && code !== null) title = code;
  if (title === null) return null;
  return { col, titleCell: titleCell || cellAddress(headerTop, col), title, code, year, group };
}

/** Fill-forward labels in columns left of the values (e.g. "Kön": Män … Kvinnor …) split one column into several indicators. */
function dimensionLabels(sheet: SheetGrid, block: Block, units: UnitColumn, firstValueCol: number): Map<number, string> | null {
  const seen = new Set<string>();
  let duplicated = false;
  for (const r of block.rows) {
    const code = units.rows.get(r)!.unitCode;
    if (seen.has(code)) duplicated = true;
    seen.add(code);
  }
  if (!duplicated) return null;
  const labels = new Map<number, string>();
  const current: (string | null)[] = [];
  for (let r = block.rows[0]!; r <= block.rows[block.rows.length - 1]!; r++) {
    for (let c = 0; c < firstValueCol; c++) {
      if (c === units.col) continue;
      const t = textAt(sheet, r, c);
      if (t && !looksLikeValue(t)) current[c] = cleanText(t);
    }
    if (units.rows.has(r)) labels.set(r, current.filter(Boolean).join(', '));
  }
  return labels;
}

/**
 * Wide sheets: one row per unit, one column per indicator, titles in one or
 * more header rows above (merged group headings, codes, years), aggregate
 * rows (riket, län, "ovägt medel") among the units, and notes below.
 */
export function readWideSheet(sheet: SheetGrid, units: UnitColumn, publicationYear: number | null, theme: readonly string[] | null): SheetResult {
  const result: SheetResult = { sheet: sheet.name, layout: 'wide', indicators: [], observations: [], diagnostics: [] };
  splitBlocks(sheet, units).forEach((block, blockIndex) => readBlock(sheet, units, block, blockIndex, publicationYear, theme, result));
  return result;
}

function readBlock(
  sheet: SheetGrid,
  units: UnitColumn,
  block: Block,
  blockIndex: number,
  publicationYear: number | null,
  theme: readonly string[] | null,
  out: SheetResult,
): void {
  const diagnostics: Diagnostic[] = out.diagnostics;
  const dataRows = block.rows;
  const firstData = dataRows[0]!;
  const lastData = dataRows[dataRows.length - 1]!;
  const blockYear = (block.title ? yearInText(block.title) : null) ?? publicationYear;
  // ÖJ's own title row names the publication, not the measure: never prefix it.
  const prefix = block.title && !/öppna jämförelser/i.test(block.title) ? block.title : null;

  // "Min – Max" and similar rows between the headers and the units are neither.
  const infoRows = new Set<number>();
  for (let r = block.headerTop; r < firstData; r++) {
    const label = textAt(sheet, r, units.col);
    if (label && NOT_A_UNIT.test(matchKey(label))) infoRows.add(r);
  }
  const isLabelColumn = (col: number) => {
    for (let r = block.headerTop; r < firstData; r++) {
      const t = textAt(sheet, r, col);
      // Identifiers are not measures: "Kommunkod", "county_code", "Region_Code".
      if (t && (LABEL_HEADER.test(matchKey(t)) || /(kod|code|_id)$/i.test(cleanText(t)))) return true;
    }
    return false;
  };

  // Another table side by side (its own unit column further right): stop there,
  // or its values would be read as if they belonged to this table's rows.
  let lastCol = sheet.colCount - 1;
  for (let col = units.col + 1; col < sheet.colCount; col++) {
    // Same kind of unit as the row's own, but another one: a second table's unit column.
    const elsewhere = dataRows.filter((r) => {
      const v = value(sheet, r, col);
      const own = units.rows.get(r)!;
      const other = typeof v === 'string' ? matchUnit(v, { preferLan: units.preferLan }) : null;
      return other !== null && other.level === own.level && other.unitCode !== own.unitCode;
    }).length;
    if (elsewhere >= Math.max(3, 0.5 * dataRows.length)) {
      lastCol = col - 1;
      diagnostics.push({
        severity: 'warning',
        sheet: sheet.name,
        cell: cellAddress(firstData, col),
        message: 'Ytterligare en tabell står bredvid den första; bara den första tabellen lästes in.',
      });
      break;
    }
  }
  const columns: Column[] = [];
  for (let col = 0; col <= lastCol; col++) {
    if (col === units.col || isLabelColumn(col)) continue;
    let values = 0;
    let colourWords = 0;
    for (const r of dataRows) {
      const v = value(sheet, r, col);
      if (looksLikeValue(v)) values += 1;
      else if (typeof v === 'string' && colourWordClass(v)) colourWords += 1;
    }
    const header = describeColumn(sheet, col, block.headerTop, firstData, infoRows);
    if (colourWords >= Math.max(3, 0.3 * dataRows.length) && columns.length > 0 && (!header || COLOUR_HEADER.test(matchKey(header.title)))) {
      columns[columns.length - 1]!.colourCol = col; // a "färg" column classifies the indicator before it
      continue;
    }
    if (values < Math.max(2, 0.3 * dataRows.length)) continue;
    if (!header) {
      diagnostics.push({ severity: 'warning', sheet: sheet.name, cell: cellAddress(firstData, col), message: 'Kolumnen har värden men ingen rubrik och lästes inte in.' });
      continue;
    }
    columns.push({ ...header, colourCol: null });
  }
  if (columns.length === 0) return;
  const dimensions = dimensionLabels(sheet, block, units, columns[0]!.col);

  for (const column of columns) {
    const groupPart = column.group && !parseIndicatorType(column.group) ? `${cleanText(column.group)} – ` : '';
    const baseTitle = `${prefix && cleanText(column.title).length <= 60 ? `${prefix} – ` : ''}${groupPart}${cleanText(column.title)}`;
    const parsedByRow = new Map<number, ParsedValue>(dataRows.map((r) => [r, parseCellValue(value(sheet, r, column.col))]));
    const variants = new Map<string, number[]>();
    for (const r of dataRows) {
      const label = dimensions?.get(r) ?? '';
      variants.set(label, [...(variants.get(label) ?? []), r]);
    }
    for (const [label, rows] of variants) {
      const key = `${sheet.name}|${blockIndex}|${column.col}|${label}`;
      const title = label ? `${baseTitle} – ${label}` : baseTitle;
      const parsed = rows.map((r) => parsedByRow.get(r)!);
      const kind = inferKind(title, parsed);
      // Shares published as 0–1 are shown and compared as 0–100.
      const okNums = parsed.filter((p) => p.status === 'ok' && p.valueNum !== null).map((p) => p.valueNum!);
      const scale = kind === 'percent' && okNums.length > 0 && okNums.every((n) => n >= 0 && n <= 1) && okNums.some((n) => n > 0 && n < 1) ? 100 : 1;
      const year = column.year ?? blockYear;
      out.indicators.push({
        key,
        sheet: sheet.name,
        cell: column.titleCell,
        title,
        titleOriginal: column.title,
        code: column.code,
        year,
        groupHeading: column.group,
        kind,
        direction: kind === 'yesno' ? 'higher_better' : 'none',
        directionReason: kind === 'yesno' ? 'antaget: Ja är det önskade svaret' : 'riktning anges inte i filen',
        indicatorType: parseIndicatorType(column.group),
        qualityDimension: null,
        description: null,
      });
      const seen = new Set<string>();
      rows.forEach((r, i) => {
        const unit: UnitMatch = units.rows.get(r)!;
        if (seen.has(unit.unitCode)) {
          diagnostics.push({ severity: 'warning', sheet: sheet.name, cell: cellAddress(r, units.col), message: `${unit.name} förekommer två gånger i samma tabell; den andra raden lästes inte in.` });
          return;
        }
        seen.add(unit.unitCode);
        const p = parsed[i]!;
        const cell = sheet.cell(r, column.col);
        const colourWord = column.colourCol === null ? null : textAt(sheet, r, column.colourCol);
        const officialClass = p.status !== 'ok' ? null : colourWord ? colourWordClass(colourWord) : fillClass(cell?.fill, theme ?? undefined);
        out.observations.push({
          indicatorKey: key,
          unit,
          year,
          period: null,
          valueNum: p.valueNum === null ? null : scale === 1 ? p.valueNum : Math.round(p.valueNum * scale * 1e9) / 1e9,
          valueText: p.valueText,
          status: p.status,
          officialClass,
          sheet: sheet.name,
          cell: cellAddress(r, column.col),
        });
      });
    }
  }

  // Rows inside the table that carry values but name no unit we know.
  for (const r of infoRows)
    diagnostics.push({ severity: 'info', sheet: sheet.name, cell: cellAddress(r, units.col), message: `Raden "${cleanText(textAt(sheet, r, units.col)!)}" är ingen enhet och lästes inte in.` });
  for (let r = firstData; r <= lastData + BLOCK_GAP && r < sheet.rowCount; r++) {
    if (units.rows.has(r)) continue;
    const label = textAt(sheet, r, units.col);
    if (!columns.some((c) => looksLikeValue(value(sheet, r, c.col)))) continue;
    if (label && NOT_A_UNIT.test(matchKey(label))) {
      diagnostics.push({ severity: 'info', sheet: sheet.name, cell: cellAddress(r, units.col), message: `Raden "${cleanText(label)}" är ingen enhet och lästes inte in.` });
    } else {
      diagnostics.push({ severity: 'warning', sheet: sheet.name, cell: cellAddress(r, units.col), message: `Okänd enhet "${label ? cleanText(label) : '(tom)'}" – raden lästes inte in.` });
    }
  }
}
