import type { Direction, IndicatorType, QualityDimension } from '../../model/indicators';
import { parseDirection, parseIndicatorType, parseQualityDimension } from '../indicator-kind';
import { textAt, type SheetGrid } from '../sheet-grid';
import { cleanText, matchKey } from '../../util/text-normalize';

export type IndicatorDescription = Readonly<{
  code: string | null;
  title: string | null;
  description: string | null;
  direction: Direction | null;
  indicatorType: IndicatorType | null;
  /** The type cell as written, e.g. "Bakgrundsmått". */
  typeText: string | null;
  qualityDimension: QualityDimension | null;
  source: string | null;
  cell: string;
}>;

type Columns = {
  code?: number;
  title?: number;
  description?: number;
  direction?: number;
  type?: number;
  dimension?: number;
  source?: number;
};

function headerColumns(sheet: SheetGrid, row: number): Columns {
  const cols: Columns = {};
  for (let c = 0; c < sheet.colCount; c++) {
    const t = matchKey(textAt(sheet, row, c) ?? '');
    if (!t) continue;
    if (/^(indikator-?id|id|kod|indikatorkod|nyckeltal-?id)$/.test(t)) cols.code ??= c;
    else if (/^(indikator|indikatornamn|titel|namn|nyckeltal)$/.test(t)) cols.title ??= c;
    else if (/beskrivning|definition/.test(t)) cols.description ??= c;
    else if (/högt|lågt|riktning|önskvärt|önskat värde|tolkning/.test(t)) cols.direction ??= c;
    else if (/^(typ|indikatortyp)$/.test(t)) cols.type ??= c;
    else if (/kvalitetsområde|kvalitetsdimension/.test(t)) cols.dimension ??= c;
    else if (/^källa/.test(t)) cols.source ??= c;
  }
  return cols;
}

/** A header naming units or values belongs to a data table, not to a description sheet. */
function hasUnitHeader(sheet: SheetGrid, row: number): boolean {
  for (let c = 0; c < sheet.colCount; c++) {
    if (
      /^(kommun|kommunnamn|kommunkod|län|region|enhet|värde|år|riket)$/.test(
        matchKey(textAt(sheet, row, c) ?? ''),
      )
    )
      return true;
  }
  return false;
}

/**
 * A sheet describing the indicators (title, definition, "högt/lågt värde är
 * bra", type, quality dimension, source). Returns null for other sheets.
 */
export function readDescriptions(sheet: SheetGrid): IndicatorDescription[] | null {
  for (let row = 0; row < Math.min(10, sheet.rowCount); row++) {
    const cols = headerColumns(sheet, row);
    const facets = [cols.description, cols.direction, cols.type, cols.dimension].filter(
      (c) => c !== undefined,
    ).length;
    // A list of indicators with only their direction ("Indikator | Högt/lågt värde är bra") is a description sheet too.
    const directionList =
      facets === 1 && cols.direction !== undefined && !hasUnitHeader(sheet, row);
    if ((cols.title === undefined && cols.code === undefined) || (facets < 2 && !directionList))
      continue;
    const out: IndicatorDescription[] = [];
    const at = (r: number, c: number | undefined) => (c === undefined ? null : textAt(sheet, r, c));
    for (let r = row + 1; r < sheet.rowCount; r++) {
      const title = at(r, cols.title);
      const code = at(r, cols.code);
      if (!title && !code) continue;
      out.push({
        code: code ? cleanText(code) : null,
        title: title ? cleanText(title) : null,
        description: at(r, cols.description),
        direction: parseDirection(at(r, cols.direction)),
        indicatorType: parseIndicatorType(at(r, cols.type)),
        typeText: at(r, cols.type),
        qualityDimension: parseQualityDimension(at(r, cols.dimension)),
        source: at(r, cols.source),
        cell: `A${r + 1}`,
      });
    }
    return out;
  }
  return null;
}
