import type { Db } from '../db/db';
import { inTransaction } from '../db/transaction';
import { matchUnit } from '../reference/unit-names';
import { cellAddress } from '../util/cell-address';
import { parseCellValue } from './cell-value';
import { ImportError } from './import-error';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import { textAt, value, type SheetGrid } from './sheet-grid';
import { cleanText } from '../util/text-normalize';
import { classifyFile, restoreZip } from './zip-precheck';

/** One value of a user's own variable (a grouping like "Nätverk" or a structural number like "Andel i glesbygd"). */
export type UnitVariableValue = Readonly<{
  variable: string;
  unitCode: string;
  valueNum: number | null;
  valueText: string | null;
}>;

export type ParsedUnitVariables = Readonly<{
  fileName: string;
  variables: readonly string[];
  values: readonly UnitVariableValue[];
  /** Rows whose first column named no kommun we know, with their cell. */
  skipped: readonly Readonly<{ cell: string; text: string }>[];
}>;

const MAX_VARIABLES = 200;
const MAX_NAME = 80;

/** The column holding kommun codes or names: the one where most rows match a kommun. */
function unitColumn(sheet: SheetGrid): number | null {
  let best: { col: number; hits: number } | null = null;
  for (let c = 0; c < Math.min(sheet.colCount, 5); c++) {
    let hits = 0;
    for (let r = 1; r < sheet.rowCount; r++)
      if (matchUnit(value(sheet, r, c) as string | number | null)?.level === 'kommun') hits++;
    if (hits > 0 && (!best || hits > best.hits)) best = { col: c, hits };
  }
  return best?.col ?? null;
}

/**
 * A CSV or workbook with kommun code (or name) in one column and one variable
 * per other column, names in the first row. Values are numbers where they
 * parse as numbers (decimal comma, spaces) and text otherwise (groupings).
 */
export function parseUnitVariables(fileName: string, bytes: Uint8Array): ParsedUnitVariables {
  const kind = classifyFile(fileName, bytes);
  if (kind !== 'csv' && kind !== 'xlsx')
    throw new ImportError(
      'unit_variables.format',
      `${fileName}: egna variabler läses från CSV eller Excel (xlsx).`,
      fileName,
    );
  const workbook =
    kind === 'csv' ? readCsv(fileName, bytes) : readXlsx(fileName, restoreZip(fileName, bytes));
  const sheet = workbook.sheets[0];
  if (!sheet || sheet.rowCount < 2)
    throw new ImportError(
      'unit_variables.empty',
      `${fileName} är tom: första raden ska ha kolumnnamn, sedan en rad per kommun.`,
      fileName,
    );
  const unitCol = unitColumn(sheet);
  if (unitCol === null) {
    throw new ImportError(
      'unit_variables.no_unit_column',
      `${fileName}, blad "${sheet.name}": ingen kolumn med kommunkoder eller kommunnamn hittades (första raden är rubriker).`,
      fileName,
      sheet.name,
      'A2',
    );
  }
  const columns: { col: number; name: string }[] = [];
  const seen = new Set<string>();
  for (let c = 0; c < sheet.colCount; c++) {
    if (c === unitCol) continue;
    const header = textAt(sheet, 0, c);
    if (!header) continue;
    const name = cleanText(header).slice(0, MAX_NAME);
    if (/^(kommun|kommunnamn|namn|län|lan|kod|kommunkod)$/i.test(name)) continue;
    if (seen.has(name))
      throw new ImportError(
        'unit_variables.duplicate_column',
        `${fileName}, blad "${sheet.name}", cell ${cellAddress(0, c)}: kolumnnamnet "${name}" förekommer två gånger.`,
        fileName,
        sheet.name,
        cellAddress(0, c),
      );
    seen.add(name);
    columns.push({ col: c, name });
  }
  if (columns.length === 0)
    throw new ImportError(
      'unit_variables.no_columns',
      `${fileName}, blad "${sheet.name}": inga variabelkolumner med namn i första raden.`,
      fileName,
      sheet.name,
      'A1',
    );
  if (columns.length > MAX_VARIABLES)
    throw new ImportError(
      'unit_variables.too_many',
      `${fileName} har ${columns.length} variabler; högst ${MAX_VARIABLES} läses in.`,
      fileName,
      sheet.name,
    );

  const values: UnitVariableValue[] = [];
  const skipped: { cell: string; text: string }[] = [];
  const units = new Set<string>();
  for (let r = 1; r < sheet.rowCount; r++) {
    const raw = value(sheet, r, unitCol);
    if (raw === null) continue;
    const unit = matchUnit(raw as string | number);
    if (!unit || unit.level !== 'kommun') {
      skipped.push({ cell: cellAddress(r, unitCol), text: String(raw).slice(0, 80) });
      continue;
    }
    if (units.has(unit.unitCode)) {
      throw new ImportError(
        'unit_variables.duplicate_unit',
        `${fileName}, blad "${sheet.name}", cell ${cellAddress(r, unitCol)}: ${unit.name} förekommer två gånger.`,
        fileName,
        sheet.name,
        cellAddress(r, unitCol),
      );
    }
    units.add(unit.unitCode);
    for (const { col, name } of columns) {
      const cellRaw = value(sheet, r, col);
      if (cellRaw === null) continue;
      const parsed = parseCellValue(cellRaw);
      const text = typeof cellRaw === 'string' ? cleanText(cellRaw).slice(0, 200) : String(cellRaw);
      values.push({
        variable: name,
        unitCode: unit.unitCode,
        valueNum: parsed.status === 'ok' ? parsed.valueNum : null,
        valueText: parsed.valueNum === null ? text : null,
      });
    }
  }
  if (units.size === 0)
    throw new ImportError(
      'unit_variables.no_known_units',
      `${fileName}, blad "${sheet.name}": inga rader med kända kommuner.`,
      fileName,
      sheet.name,
    );
  return { fileName, variables: columns.map((c) => c.name), values, skipped };
}

/** Replace the variables of the same names, all or nothing. */
export async function commitUnitVariables(db: Db, parsed: ParsedUnitVariables): Promise<void> {
  await inTransaction(db, async () => {
    for (const name of parsed.variables)
      await db.query('DELETE FROM unit_variable WHERE variable = ?', [name]);
    const now = new Date().toISOString();
    for (let i = 0; i < parsed.values.length; i += 500) {
      const chunk = parsed.values.slice(i, i + 500);
      await db.query(
        `INSERT INTO unit_variable VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?::TIMESTAMP)').join(', ')}`,
        chunk.flatMap((v) => [
          v.variable,
          v.unitCode,
          v.valueNum,
          v.valueText,
          parsed.fileName,
          now,
        ]),
      );
    }
  });
}

export type UnitVariableSummary = Readonly<{
  variable: string;
  units: number;
  numeric: boolean;
  source: string | null;
  values: readonly string[];
}>;

/** The user's variables: numeric ones can drive liknande kommuner, text ones make peer sets. */
export async function listUnitVariables(db: Db): Promise<UnitVariableSummary[]> {
  const rows = await db.query<{
    variable: string;
    units: number;
    numeric: number;
    source: string | null;
    values: string[] | null;
  }>(
    `SELECT variable, count(*) AS units, count(value_num) AS numeric, any_value(source) AS source,
            list(DISTINCT value_text ORDER BY value_text) FILTER (WHERE value_text IS NOT NULL) AS "values"
     FROM unit_variable GROUP BY variable ORDER BY variable`,
  );
  return rows.map((r) => ({
    variable: r.variable,
    units: Number(r.units),
    numeric: Number(r.numeric) === Number(r.units),
    source: r.source,
    values: (r.values ?? []).slice(0, 50),
  }));
}

/** Kommuner whose text variable has a given value, e.g. Nätverk = "FoU Nordväst". */
export async function unitsWithValue(db: Db, variable: string, text: string): Promise<string[]> {
  const rows = await db.query<{ unit_code: string }>(
    'SELECT unit_code FROM unit_variable WHERE variable = ? AND value_text = ? ORDER BY unit_code',
    [variable, text],
  );
  return rows.map((r) => r.unit_code);
}

export async function removeUnitVariable(db: Db, variable: string): Promise<void> {
  await db.query('DELETE FROM unit_variable WHERE variable = ?', [variable]);
}
