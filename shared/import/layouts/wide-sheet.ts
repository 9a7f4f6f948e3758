import { parseCellValue, looksLikeValue, type ParsedValue } from '../cell-value';
import { diagnostic, gateFinding } from '../diagnostic';
import { colourWordClass, fillClass } from '../fill-class';
import type { Diagnostic, FoundIndicator, SheetResult } from '../import-batch';
import type { ColumnRole } from '../import-report';
import { inferKind, parseDirection, parseIndicatorType } from '../indicator-kind';
import { isYearLike, yearInText } from '../publication-info';
import { mergedValue, shownValue, textAbove, textAt, value, type SheetGrid } from '../sheet-grid';
import type { SheetMapping } from '../sheet-mapping';
import { cleanText, matchKey } from '../../util/text-normalize';
import { cellAddress } from '../../util/cell-address';
import { candidate, isHeaderRow, labelsWithoutValues, type UnitColumn } from './unit-column';
import { matchUnit, type UnitMatch } from '../../reference/unit-names';
import {
  AUX_ROLES,
  ambiguousBeforeValue,
  auxRoleOfTitle,
  readAux,
  type AuxRole,
  type AuxValues,
} from './aux-columns';
import { rowIdentity } from './row-identity';
import { sheetPreview } from './sheet-preview';

const HEADER_DEPTH = 8;
const BLOCK_GAP = 3;
const LABEL_HEADER =
  /^(k-?kod|kod|kommunkod|kommun|kommunnamn|län|länskod|lan|hemlän|region|regionkod|namn|enhet|område|stadsdel|kommungrupp)$/;
const NOT_A_UNIT =
  /^(min ?[-–] ?max|min|max|median|medelvärde|antal kommuner|antal svarande|källa|not|anm|fotnot|förklaring)/;
const CODE = /^[A-ZÅÄÖ]{1,6}[-_ ]?\d{1,4}[a-z]?$/;
const COLOUR_HEADER = /färg|jämförelse|colour|color/;
/** Row 1 of Socialstyrelsen's accessible sheets describes the sheet, it is no title. */
const ACCESSIBILITY_NOTE = /(sidan|bladet) innehåll|den här sidan|hyperlänk|^en tabell/i;
const YEAR_SPAN = /^(\d{4})\s*[-–]\s*(\d{4})$/;
/** More dimension values than this in one column: rows are being read as indicators. */
const MAX_DIMENSIONS = 12;

type Column = {
  col: number;
  titleCell: string;
  title: string;
  code: string | null;
  year: number | null;
  group: string | null;
  colourCol: number | null;
  aux: { col: number; role: AuxRole }[];
};
type Block = { rows: number[]; headerTop: number; title: string | null };

export type WideSheetOptions = Readonly<{
  publicationYear: number | null;
  theme: readonly string[] | null;
  mapping?: SheetMapping;
  /** First column of the table (a second table side by side starts further right). */
  fromCol?: number;
  /** The rows of the table (stacked tables are read one region at a time). */
  rows?: Readonly<{ first: number; last: number }>;
}>;

function isMergedAcross(sheet: SheetGrid, row: number, col: number): boolean {
  return sheet.merges.some(
    (m) => row >= m.r0 && row <= m.r1 && col >= m.c0 && col <= m.c1 && m.c1 > m.c0,
  );
}

/** A text merged from column A across the sheet (a title, a paragraph over several rows): never one column's heading. */
function isMergedFromFirstColumn(sheet: SheetGrid, row: number, col: number): boolean {
  return sheet.merges.some(
    (m) => m.c0 === 0 && m.c1 > 0 && row >= m.r0 && row <= m.r1 && col >= m.c0 && col <= m.c1,
  );
}

/** "Tabell 2A. …", "Tablå 1. …": a numbered caption names the table better than a section heading above it. */
const NUMBERED_CAPTION = /^(tabell|tablå)\s*\d/i;
/** Prose above a table (a paragraph of method notes) is no title. */
const MAX_TITLE_LENGTH = 400;

/** Unit rows in runs: statistics sheets stack several tables (Tabell 2A, 2B …, Kvinnor/Män) on one sheet. */
function splitBlocks(
  sheet: SheetGrid,
  units: UnitColumn,
  firstAllowed: number,
  fromCol: number,
  headerFloor: number,
): Block[] {
  const rows = [...units.rows.keys()].filter((r) => r >= firstAllowed).sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const r of rows) {
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    let newTable = previous === undefined || r - previous > BLOCK_GAP;
    for (let between = (previous ?? r) + 1; !newTable && between < r; between++)
      newTable =
        isHeaderRow(sheet, between, units.col, units.tableEnd) ||
        (labelsWithoutValues(sheet, between, fromCol, units.tableEnd) === 1 &&
          !units.rows.has(between));
    if (run && !newTable) run.push(r);
    else runs.push([r]);
  }
  return runs.map((run, i) => {
    const previousEnd = i === 0 ? headerFloor - 1 : runs[i - 1]![runs[i - 1]!.length - 1]!;
    const headerTop =
      i === 0 && headerFloor < firstAllowed
        ? headerFloor
        : Math.max(previousEnd + 1, run[0]! - HEADER_DEPTH);
    // The block's title: a text alone on its row above the header ("Tabell 2A. …", or "Kvinnor" between stacked tables).
    const candidates: string[] = [];
    for (let r = previousEnd + 1; r < run[0]!; r++) {
      const col = textAt(sheet, r, 0) ? 0 : units.col;
      const t = textAt(sheet, r, col);
      if (!t || ACCESSIBILITY_NOTE.test(t) || /^table /i.test(t) || /^(källa|not|anm)/i.test(t))
        continue;
      let alone = true;
      for (let c = 0; c < sheet.colCount && alone; c++)
        if (c !== col && textAt(sheet, r, c) !== null && !isMergedAcross(sheet, r, c))
          alone = false;
      if (alone && t.length <= MAX_TITLE_LENGTH && (t.length > 20 || i > 0 || runs.length > 1))
        candidates.push(cleanText(t));
    }
    const title = candidates.find((t) => NUMBERED_CAPTION.test(t)) ?? candidates[0] ?? null;
    return { rows: run, headerTop, title };
  });
}

/** Read the header zone above a block for one value column. */
function describeColumn(
  sheet: SheetGrid,
  col: number,
  headerTop: number,
  firstData: number,
  skipRows: ReadonlySet<number>,
): Omit<Column, 'colourCol' | 'aux'> | null {
  let title: string | null = null;
  let titleCell = '';
  let code: string | null = null;
  let year: number | null = null;
  let group: string | null = null;
  for (let r = firstData - 1; r >= headerTop; r--) {
    if (skipRows.has(r)) continue;
    const raw = mergedValue(sheet, r, col);
    if (raw === null || String(raw).trim() === '') continue;
    if (col > 0 && isMergedFromFirstColumn(sheet, r, col)) continue; // a title merged across the sheet
    const text = String(raw);
    const clean = cleanText(text);
    // A heading merged down over several header rows is read once; a direction row ("Högt värde är bra") is no title.
    if (
      (title !== null && clean === cleanText(title)) ||
      clean === group ||
      parseDirection(clean) !== null
    )
      continue;
    const span = YEAR_SPAN.exec(clean);
    const y = isYearLike(raw);
    if (span && year === null) year = Number(span[2]); // "2022-2023": a two-year measure, dated by its last year
    if (y !== null && year === null) year = y;
    else if (span && title === null) {
      title = text;
      titleCell = cellAddress(r, col);
    } else if (CODE.test(clean) && code === null) code = clean;
    else if (title !== null || isMergedAcross(sheet, r, col) || parseIndicatorType(clean))
      group ??= clean;
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

/**
 * Wide sheets: one row per unit, one column per indicator, titles in one or
 * more header rows above (merged group headings, codes, years), aggregate
 * rows (riket, län, "ovägt medel") among the units, and notes below.
 * Auxiliary columns (antal svar, KI, svarsfrekvens) belong to the value
 * before them; row labels (enheter, kön) are never indicators.
 */
export function readWideSheet(
  sheet: SheetGrid,
  units: UnitColumn,
  options: WideSheetOptions,
): SheetResult {
  const result: SheetResult = {
    sheet: sheet.name,
    layout: 'wide',
    indicators: [],
    observations: [],
    diagnostics: [],
    gate: [],
  };
  const mapping = options.mapping;
  const userHeaders =
    mapping?.headerRows && mapping.headerRows.length > 0 ? mapping.headerRows : null;
  // The user's header rows: units start below the last of them, the headers are read from the first.
  const firstAllowed = Math.max(
    options.rows?.first ?? 0,
    userHeaders ? Math.max(...userHeaders) + 1 : 0,
  );
  const headerFloor = userHeaders ? Math.min(...userHeaders) : firstAllowed;
  if (units.conflict) {
    const { col, otherCol, cells, rows } = units.conflict;
    result.gate!.push(
      gateFinding({
        check: 'unit_column',
        blocking: true,
        sheet: sheet.name,
        cells,
        code: 'unit_columns_disagree',
        params: {
          column: letter(col),
          otherColumn: letter(otherCol),
          rows,
          first: cells[0] ?? '',
          second: cells[1] ?? '',
        },
      }),
    );
  }
  const layoutBits: Layout = {
    headerRows: new Set(),
    roles: new Map(),
    auxOf: new Map(),
    headerTexts: [],
    headersByCol: new Map(),
    labelCols: new Set(),
  };
  splitBlocks(sheet, units, firstAllowed, options.fromCol ?? 0, headerFloor).forEach(
    (block, blockIndex) => readBlock(sheet, units, block, blockIndex, options, result, layoutBits),
  );
  const firstRow = Math.min(...units.rows.keys());
  result.preview = sheetPreview(sheet, {
    fromCol: options.fromCol ?? 0,
    toCol: result.sideTableCol === undefined ? sheet.colCount - 1 : result.sideTableCol - 1,
    firstDataRow: firstRow,
    unitCol: units.col,
    unitEvidence: units.evidence,
    unitEvidenceWords: units.evidenceWords,
    headerRows: [...layoutBits.headerRows],
    roles: layoutBits.roles,
    auxOf: layoutBits.auxOf,
    headerTexts: [
      matchKey(textAbove(sheet, units.col, firstRow, firstRow - HEADER_DEPTH) ?? ''),
      ...layoutBits.headerTexts,
    ],
  });
  return result;
}

type Layout = {
  headerRows: Set<number>;
  roles: Map<number, ColumnRole>;
  auxOf: Map<number, number>;
  headerTexts: string[];
  /** Headers read for earlier blocks: per-kön tables stacked under one shared header reuse them. */
  headersByCol: Map<number, Omit<Column, 'colourCol' | 'aux'>>;
  /** Columns whose heading names an identifier ("Kod", "Kommun"): so in every block under that heading. */
  labelCols: Set<number>;
};

const letter = (col: number) => cellAddress(0, col).replace(/\d+/, '');

function readBlock(
  sheet: SheetGrid,
  units: UnitColumn,
  block: Block,
  blockIndex: number,
  options: WideSheetOptions,
  out: SheetResult,
  layout: Layout,
): void {
  const { mapping, theme, publicationYear } = options;
  const roleOf = (col: number): ColumnRole | undefined => mapping?.columns?.[col];
  const fromCol = options.fromCol ?? 0;
  const diagnostics: Diagnostic[] = out.diagnostics;
  const gate = out.gate!;
  let dataRows = block.rows;
  const firstData = dataRows[0]!;
  const lastData = dataRows[dataRows.length - 1]!;
  const blockYear = (block.title ? yearInText(block.title) : null) ?? publicationYear;
  // ÖJ's own title row names the publication, not the measure: never prefix it.
  const prefix = block.title && !/öppna jämförelser/i.test(block.title) ? block.title : null;

  // "Min – Max" and similar rows between the headers and the units are neither.
  const skipRows = new Set<number>();
  const infoRows: { row: number; col: number }[] = [];
  const labelCols = [
    units.col,
    ...units.identityCols.filter((c) => c !== units.col && Math.abs(c - units.col) <= 3),
  ];
  for (let r = block.headerTop; r < firstData; r++) {
    const col = labelCols.find((c) => {
      const label = textAt(sheet, r, c);
      return label !== null && NOT_A_UNIT.test(matchKey(label));
    });
    if (col !== undefined) {
      skipRows.add(r);
      infoRows.push({ row: r, col });
    }
    if (mapping?.headerRows && mapping.headerRows.length > 0 && !mapping.headerRows.includes(r))
      skipRows.add(r);
  }
  const identity = new Set(units.identityCols);
  const isLabelColumn = (col: number) => {
    const role = roleOf(col);
    if (role === 'value' || (role && AUX_ROLES.includes(role as AuxRole))) return false;
    if (
      role === 'context' ||
      role === 'ignore' ||
      role === 'unit' ||
      identity.has(col) ||
      layout.labelCols.has(col)
    )
      return true;
    for (let r = block.headerTop; r < firstData; r++) {
      const t = textAt(sheet, r, col);
      // Identifiers are not measures: "Kommunkod", "county_code", "Region_Code".
      if (t && (LABEL_HEADER.test(matchKey(t)) || /(kod|code|_id)$/i.test(cleanText(t)))) {
        layout.labelCols.add(col);
        return true;
      }
    }
    return false;
  };

  // Another table side by side (its own unit column further right): stop there,
  // or its values would be read as if they belonged to this table's rows. A
  // column naming the row's own unit or its län again is context, not a table.
  let lastCol = sheet.colCount - 1;
  // The region's rows (not the block's): the same question for every block is answered once.
  const range = options.rows ?? { first: 0, last: sheet.rowCount - 1 };
  let valuesSeen = false;
  for (let col = units.col + 1; col < sheet.colCount; col++) {
    if (
      !identity.has(col) &&
      dataRows.filter((r) => looksLikeValue(value(sheet, r, col))).length >= 0.3 * dataRows.length
    )
      valuesSeen = true;
    // Only after a value column can another table begin; unit columns side by side before it are the row's identity.
    if (!valuesSeen) continue;
    const other = candidate(sheet, col, range);
    // A unit column names several units; a column of "14" on every row is a value, not Västra Götaland.
    if (!other || other.distinct < 3) continue;
    // The unit columns of a table beside this one start together ("Län | Kommun | Kod"): find the first of them.
    let groupStart = col;
    while (groupStart - 1 > units.col && candidate(sheet, groupStart - 1, range) !== null)
      groupStart -= 1;
    // A table beside another is set apart by an empty column; a unit column right after a value
    // column is context of the same rows ("utpendlingskommun" next to the share commuting), and so
    // is a column naming the same few units again and again.
    const emptyBefore =
      dataRows.filter((r) => textAt(sheet, r, groupStart - 1) === null).length >=
      0.9 * dataRows.length;
    // Distinct over every level: a table of kommuner with their län between them names each unit once.
    const distinctUnits = new Set([...other.rows.values()].map((u) => u.unitCode)).size;
    if (
      !emptyBefore ||
      (distinctUnits < 0.6 * other.rows.size &&
        groupStart === col &&
        !candidateAfter(sheet, col, range))
    ) {
      identity.add(col);
      continue;
    }
    let same = 0;
    let different = 0;
    for (const r of dataRows) {
      const theirs = other.rows.get(r);
      const own = units.rows.get(r);
      if (!theirs || !own) continue;
      const consistent =
        theirs.unitCode === own.unitCode ||
        (own.level === 'kommun' &&
          (theirs.level === 'lan' || theirs.level === 'region') &&
          own.unitCode.startsWith(theirs.unitCode));
      if (consistent) same += 1;
      else different += 1;
    }
    // After an empty column, a row only one side names (a Riket row the other table lacks, or
    // has one row lower) makes two tables over the same units, each read with its own rows.
    const firstRow = dataRows[0] ?? 0;
    const lastRow = (dataRows[dataRows.length - 1] ?? 0) + BLOCK_GAP;
    const oneSided =
      dataRows.some((r) => !other.rows.has(r)) ||
      [...other.rows.keys()].some((r) => r >= firstRow && r <= lastRow && !units.rows.has(r));
    if (
      different >= Math.max(3, 0.3 * (same + different)) ||
      other.distinct < 0.6 * other.rows.size ||
      oneSided
    ) {
      lastCol = groupStart - 1;
      out.sideTableCol = Math.min(out.sideTableCol ?? groupStart, groupStart);
      break;
    }
    identity.add(col);
  }
  const columns: Column[] = [];
  const pendingAux: { col: number; role: AuxRole; group: string | null }[] = [];
  for (let col = fromCol; col <= lastCol; col++) {
    if (col === units.col || isLabelColumn(col)) continue;
    const role = roleOf(col);
    let values = 0;
    let colourWords = 0;
    for (const r of dataRows) {
      const v = value(sheet, r, col);
      if (looksLikeValue(v)) values += 1;
      else if (typeof v === 'string' && colourWordClass(v)) colourWords += 1;
    }
    const own = describeColumn(sheet, col, block.headerTop, firstData, skipRows);
    const header = own ?? (blockIndex > 0 ? (layout.headersByCol.get(col) ?? null) : null);
    if (own) layout.headersByCol.set(col, own);
    if (
      role === 'colour' ||
      (role === undefined &&
        colourWords >= Math.max(3, 0.3 * dataRows.length) &&
        columns.length > 0 &&
        (!header || COLOUR_HEADER.test(matchKey(header.title))))
    ) {
      if (columns.length > 0) columns[columns.length - 1]!.colourCol = col; // a "färg" column classifies the indicator before it
      layout.roles.set(col, 'colour');
      continue;
    }
    if (role !== 'value' && values < Math.max(2, 0.3 * dataRows.length)) continue;
    if (!header) {
      diagnostics.push(
        diagnostic({
          severity: 'warning',
          sheet: sheet.name,
          cell: cellAddress(firstData, col),
          code: 'column_without_header',
        }),
      );
      continue;
    }
    const auxRole =
      role && AUX_ROLES.includes(role as AuxRole)
        ? (role as AuxRole)
        : role === 'value'
          ? null
          : auxRoleOfTitle(header.title);
    if (auxRole) {
      // It belongs to the value column before it (under the same question heading, when there is one).
      const owner = [...columns]
        .reverse()
        .find((c) => c.group === header.group || header.group === null || role !== undefined);
      if (owner) {
        owner.aux.push({ col, role: auxRole });
        layout.roles.set(col, auxRole);
        layout.auxOf.set(col, owner.col);
        continue;
      }
      if (role === undefined && ambiguousBeforeValue(header.title)) {
        columns.push({ ...header, colourCol: null, aux: [] });
        continue;
      }
      pendingAux.push({ col, role: auxRole, group: header.group });
      continue;
    }
    columns.push({ ...header, colourCol: null, aux: [] });
  }
  // Aux columns published before their value ("Antal svar | Andel (%)") belong to the next value under the same heading.
  for (const aux of pendingAux) {
    const owner = columns.find(
      (c) => c.col > aux.col && (c.group === aux.group || aux.group === null),
    );
    if (!owner) {
      // No value to belong to: a measure of its own ("Antal" under "Placerade barn").
      const header = describeColumn(sheet, aux.col, block.headerTop, firstData, skipRows)!;
      columns.push({ ...header, colourCol: null, aux: [] });
      continue;
    }
    owner.aux.push({ col: aux.col, role: aux.role });
    layout.roles.set(aux.col, aux.role);
    layout.auxOf.set(aux.col, owner.col);
  }
  columns.sort((a, b) => a.col - b.col);
  if (columns.length === 0) return;
  for (const c of columns) {
    layout.roles.set(c.col, 'value');
    layout.headerTexts.push(matchKey([c.group, c.title].filter(Boolean).join(' / ')));
  }
  for (let r = block.headerTop; r < firstData; r++)
    if (
      !skipRows.has(r) &&
      columns.some((c) => textAt(sheet, r, c.col) !== null || isMergedAcross(sheet, r, c.col))
    )
      layout.headerRows.add(r);

  // Heading rows of an aggregate (a län name above its kommuner, Riket with nothing filled in) carry no values.
  dataRows = dataRows.filter((r) => {
    const level = units.rows.get(r)!.level;
    if (level === 'kommun' || level === 'stadsdel') return true;
    return columns.some((c) => textAt(sheet, r, c.col) !== null);
  });
  if (dataRows.length === 0) return;

  const textCols: number[] = [];
  for (let c = fromCol; c < columns[0]!.col; c++)
    if (c !== units.col && !identity.has(c) && roleOf(c) !== 'ignore') textCols.push(c);
  const forcedContext = new Set(
    Object.entries(mapping?.columns ?? {})
      .filter(([, r]) => r === 'context')
      .map(([c]) => Number(c)),
  );
  const rowsOf = rowIdentity(sheet, dataRows, units.rows, textCols, block.headerTop, forcedContext);
  for (const c of rowsOf.contextCols) layout.roles.set(c, 'context');
  for (const c of units.identityCols) if (c !== units.col) layout.roles.set(c, 'context');
  layout.roles.set(units.col, 'unit');

  const dimensions = rowsOf.dimensions;
  const dimensionValues = new Set(dimensions ? [...dimensions.values()] : []);
  if (dimensionValues.size > MAX_DIMENSIONS) {
    const labelCells = dataRows.slice(0, 3).map((r) => cellAddress(r, textCols[0] ?? units.col));
    // Labels that are themselves units (kommun names beside a län column) mean the rows are misread;
    // other labels (period, drug, age in a long export) are dimensions of a long table: worth a look only.
    const unitLabels = [...dimensionValues].filter((l) =>
      l.split(', ').some((part) => matchUnit(part) !== null),
    ).length;
    gate.push(
      gateFinding({
        check: 'indicators_per_sheet',
        blocking: unitLabels >= 0.5 * dimensionValues.size,
        sheet: sheet.name,
        cells: labelCells,
        code: 'rows_read_as_indicators',
        params: {
          count: columns.length,
          indicators: columns.length * dimensionValues.size,
          labels: [...dimensionValues].slice(0, 3).join(', '),
        },
      }),
    );
  }

  const duplicates: string[] = [];
  for (const column of columns) {
    const groupPart =
      column.group && !parseIndicatorType(column.group) ? `${cleanText(column.group)} – ` : '';
    const baseTitle = `${prefix && cleanText(column.title).length <= 60 ? `${prefix} – ` : ''}${groupPart}${cleanText(column.title)}`;
    const parsedByRow = new Map<number, ParsedValue>(
      dataRows.map((r) => [r, parseCellValue(shownValue(sheet, r, column.col))]),
    );
    const variants = new Map<string, { label: string; rowYear: number | null; rows: number[] }>();
    for (const r of dataRows) {
      const label = dimensions?.get(r) ?? '';
      const rowYear = rowsOf.years?.get(r) ?? null;
      const variant = `${label}|${rowYear ?? ''}`;
      if (!variants.has(variant)) variants.set(variant, { label, rowYear, rows: [] });
      variants.get(variant)!.rows.push(r);
    }
    for (const [variant, { label, rowYear, rows }] of variants) {
      const key = `${sheet.name}|${options.rows?.first ?? 0}|${fromCol}|${blockIndex}|${column.col}|${variant}`;
      const title = label ? `${baseTitle} – ${label}` : baseTitle;
      const parsed = rows.map((r) => parsedByRow.get(r)!);
      const kind = inferKind(title, parsed, label ? `${column.title} – ${label}` : column.title);
      const year = rowYear ?? column.year ?? blockYear;
      const userDirection = mapping?.directions?.[column.col];
      const indicator: FoundIndicator = {
        key,
        sheet: sheet.name,
        cell: column.titleCell,
        title,
        titleOriginal: column.title,
        code: column.code,
        year,
        groupHeading: column.group,
        kind,
        direction: userDirection ?? (kind === 'yesno' ? 'higher_better' : 'none'),
        directionReason: userDirection
          ? 'angiven av användaren vid importen'
          : kind === 'yesno'
            ? 'antaget: Ja är det önskade svaret'
            : 'riktning anges inte i filen',
        indicatorType: parseIndicatorType(column.group),
        qualityDimension: null,
        description: null,
      };
      out.indicators.push(indicator);
      const seen = new Set<string>();
      const outOfRange: string[] = [];
      /** Values without a per cent format: a share whose every value lies in 0–1 is said to be read as it stands. */
      const unformatted: number[] = [];
      let okCount = 0;
      rows.forEach((r, i) => {
        const unit: UnitMatch = rowsOf.units.get(r)!;
        if (seen.has(unit.unitCode)) {
          duplicates.push(cellAddress(r, units.col));
          return;
        }
        seen.add(unit.unitCode);
        const p = parsed[i]!;
        const cell = sheet.cell(r, column.col);
        const colourWord = column.colourCol === null ? null : textAt(sheet, r, column.colourCol);
        const officialClass =
          p.status !== 'ok'
            ? null
            : colourWord
              ? colourWordClass(colourWord)
              : fillClass(cell?.fill, theme ?? undefined);
        const valueNum = p.valueNum;
        if (p.status === 'ok' && valueNum !== null && !cell?.percent) unformatted.push(valueNum);
        if (p.status === 'ok' && valueNum !== null) {
          okCount += 1;
          if (kind === 'percent' && (valueNum < 0 || valueNum > 100))
            outOfRange.push(cellAddress(r, column.col));
        }
        const aux: AuxValues = {};
        if (p.status === 'ok')
          for (const a of column.aux) readAux(a.role, shownValue(sheet, r, a.col), valueNum, aux);
        else
          for (const a of column.aux)
            if (a.role === 'n' || a.role === 'response_rate')
              readAux(a.role, shownValue(sheet, r, a.col), null, aux);
        out.observations.push({
          indicatorKey: key,
          unit,
          year,
          period: null,
          valueNum,
          valueText: p.valueText,
          status: p.status,
          officialClass,
          ...aux,
          sheet: sheet.name,
          cell: cellAddress(r, column.col),
        });
      });
      if (
        kind === 'percent' &&
        unformatted.length > 0 &&
        unformatted.every((n) => n >= 0 && n <= 1) &&
        unformatted.some((n) => n > 0 && n < 1)
      )
        gate.push(
          gateFinding({
            check: 'share_scale',
            blocking: false,
            sheet: sheet.name,
            cells: [cellAddress(rows[0]!, column.col)],
            code: 'share_fraction_as_is',
            params: { title, total: unformatted.length },
          }),
        );
      if (outOfRange.length > 0 && /andel|%|procent/.test(matchKey(title))) {
        const many = outOfRange.length >= Math.max(2, 0.1 * okCount);
        gate.push(
          gateFinding({
            check: 'share_range',
            blocking: many,
            sheet: sheet.name,
            cells: outOfRange.slice(0, 5),
            code: many ? 'share_out_of_range_check_column' : 'share_out_of_range',
            params: { title, count: outOfRange.length, total: okCount, example: outOfRange[0]! },
          }),
        );
      }
    }
  }
  if (duplicates.length > 0) {
    const cells = [...new Set(duplicates)];
    gate.push(
      gateFinding({
        check: 'duplicate_cells',
        blocking: true,
        sheet: sheet.name,
        cells: cells.slice(0, 5),
        code: 'duplicate_unit_rows',
        params: { count: cells.length, example: cells[0]! },
      }),
    );
  }

  // Rows inside the table that carry values but name no unit we know.
  for (const { row, col } of infoRows)
    diagnostics.push(
      diagnostic({
        severity: 'info',
        sheet: sheet.name,
        cell: cellAddress(row, col),
        code: 'row_not_unit',
        params: { label: cleanText(textAt(sheet, row, col)!) },
      }),
    );
  const unknown: string[] = [];
  for (
    let r = firstData;
    r <= lastData + BLOCK_GAP && r < sheet.rowCount && r <= (options.rows?.last ?? Infinity);
    r++
  ) {
    if (units.rows.has(r)) continue;
    const label = textAt(sheet, r, units.col);
    if (!columns.some((c) => looksLikeValue(value(sheet, r, c.col)))) continue;
    if (label && NOT_A_UNIT.test(matchKey(label))) {
      diagnostics.push(
        diagnostic({
          severity: 'info',
          sheet: sheet.name,
          cell: cellAddress(r, units.col),
          code: 'row_not_unit',
          params: { label: cleanText(label) },
        }),
      );
    } else {
      unknown.push(cellAddress(r, units.col));
      diagnostics.push(
        diagnostic({
          severity: 'warning',
          sheet: sheet.name,
          cell: cellAddress(r, units.col),
          code: label ? 'unit_unknown' : 'unit_unknown_empty',
          params: label ? { label: cleanText(label) } : {},
        }),
      );
    }
  }
  if (unknown.length >= Math.max(3, 0.2 * dataRows.length)) {
    gate.push(
      gateFinding({
        check: 'units_matched',
        blocking: true,
        sheet: sheet.name,
        cells: unknown.slice(0, 5),
        code: 'units_unmatched',
        params: { count: unknown.length, example: unknown[0]!, matched: dataRows.length },
      }),
    );
  }
}

/** The next column names units too: a group of unit columns ("Län | Kommun") begins here. */
function candidateAfter(
  sheet: SheetGrid,
  col: number,
  range: Readonly<{ first: number; last: number }>,
): boolean {
  return col + 1 < sheet.colCount && candidate(sheet, col + 1, range) !== null;
}
