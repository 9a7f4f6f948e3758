import type { Db } from '../db/db';
import { DIRECTIONS, type Direction } from '../model/indicators';
import { sha256Hex } from '../util/sha256';
import { COLUMN_ROLES, type ColumnRole } from './import-report';
import type { SheetMapping } from './sheet-mapping';

/**
 * A user's correction of how a sheet is read, remembered for next year's file
 * of the same layout: keyed by publisher + the sheet's signature (what the
 * parser computes from the sheet's header, see SheetPreview.signature).
 */
export type LayoutTemplate = Readonly<{
  templateId: string;
  publisher: string | null;
  signature: string;
  sheetName: string | null;
  mapping: SheetMapping;
  /** Epoch ms. */
  createdAt: number;
  updatedAt: number;
}>;

/** What a user saves: the rest (id, times) is set on saving. */
export type LayoutTemplateInput = Readonly<{
  publisher: string | null;
  signature: string;
  sheetName: string | null;
  mapping: SheetMapping;
}>;

/** The file format of exported templates. */
export const LAYOUT_TEMPLATE_FILE_KIND = 'oj-analys/layout-templates';
export type LayoutTemplateFile = Readonly<{
  kind: typeof LAYOUT_TEMPLATE_FILE_KIND;
  version: 1;
  templates: readonly LayoutTemplate[];
}>;

/** The same publisher + signature always gets the same id, so saving again replaces. */
export async function layoutTemplateId(
  publisher: string | null,
  signature: string,
): Promise<string> {
  const hex = await sha256Hex(new TextEncoder().encode(`${publisher ?? ''}\u0000${signature}`));
  return `tpl-${hex.slice(0, 16)}`;
}

type TemplateRow = {
  template_id: string;
  publisher: string | null;
  signature: string;
  sheet_name: string | null;
  mapping: string;
  created_at: number | Date;
  updated_at: number | Date;
};

const epochMs = (value: number | Date): number =>
  value instanceof Date ? value.getTime() : Number(value);

function fromRow(row: TemplateRow): LayoutTemplate {
  return {
    templateId: row.template_id,
    publisher: row.publisher,
    signature: row.signature,
    sheetName: row.sheet_name,
    mapping: parseSheetMapping(JSON.parse(row.mapping) as unknown),
    createdAt: epochMs(row.created_at),
    updatedAt: epochMs(row.updated_at),
  };
}

/** Save (or replace) the template of a publisher + signature; returns it as stored. */
export async function saveLayoutTemplate(
  db: Db,
  input: LayoutTemplateInput,
  now: number = Date.now(),
): Promise<LayoutTemplate> {
  const mapping = parseSheetMapping(input.mapping);
  const templateId = await layoutTemplateId(input.publisher, input.signature);
  const [old] = await db.query<{ created_at: number | Date }>(
    'SELECT created_at FROM layout_template WHERE template_id = ?',
    [templateId],
  );
  const createdAt = old ? epochMs(old.created_at) : now;
  await db.query('DELETE FROM layout_template WHERE template_id = ?', [templateId]);
  await db.query(
    'INSERT INTO layout_template VALUES (?, ?, ?, ?, ?, make_timestamp(?::BIGINT * 1000), make_timestamp(?::BIGINT * 1000))',
    [
      templateId,
      input.publisher,
      input.signature,
      input.sheetName,
      JSON.stringify(mapping),
      Math.round(createdAt),
      Math.round(now),
    ],
  );
  return {
    templateId,
    publisher: input.publisher,
    signature: input.signature,
    sheetName: input.sheetName,
    mapping,
    createdAt,
    updatedAt: now,
  };
}

/** Every saved template, newest change first. */
export async function listLayoutTemplates(db: Db): Promise<LayoutTemplate[]> {
  const rows = await db.query<TemplateRow>(
    'SELECT template_id, publisher, signature, sheet_name, mapping, created_at, updated_at FROM layout_template ORDER BY updated_at DESC, template_id',
  );
  return rows.map(fromRow);
}

export async function deleteLayoutTemplate(db: Db, templateId: string): Promise<void> {
  await db.query('DELETE FROM layout_template WHERE template_id = ?', [templateId]);
}

/** All templates as the JSON text of a file the user can keep or give to a colleague. */
export async function exportLayoutTemplates(db: Db): Promise<string> {
  const file: LayoutTemplateFile = {
    kind: LAYOUT_TEMPLATE_FILE_KIND,
    version: 1,
    templates: await listLayoutTemplates(db),
  };
  return JSON.stringify(file, null, 2);
}

/** Read an exported file and save its templates (a template already here with the same key is replaced). Returns how many. */
export async function importLayoutTemplates(
  db: Db,
  json: string,
  now: number = Date.now(),
): Promise<number> {
  const templates = parseLayoutTemplateFile(json);
  for (const t of templates) await saveLayoutTemplate(db, t, now);
  return templates.length;
}

/** Parse and check an exported templates file; throws in Swedish on anything else. */
export function parseLayoutTemplateFile(json: string): LayoutTemplateInput[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new Error('Filen är inte JSON.');
  }
  if (
    !isRecord(data) ||
    data['kind'] !== LAYOUT_TEMPLATE_FILE_KIND ||
    !Array.isArray(data['templates'])
  ) {
    throw new Error('Filen innehåller inga sparade tolkningsmallar.');
  }
  return (data['templates'] as unknown[]).map((t, i) => {
    if (!isRecord(t) || typeof t['signature'] !== 'string' || t['signature'] === '')
      throw new Error(`Mall ${i + 1} saknar signatur.`);
    const publisher = t['publisher'];
    const sheetName = t['sheetName'];
    return {
      publisher: typeof publisher === 'string' ? publisher : null,
      signature: t['signature'],
      sheetName: typeof sheetName === 'string' ? sheetName : null,
      mapping: parseSheetMapping(t['mapping']),
    };
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isIndex = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

function indexRecord<T>(
  value: unknown,
  allowed: readonly string[],
  what: string,
): Record<number, T> | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) throw new Error(`Ogiltig mall: ${what} är inte en tabell.`);
  const out: Record<number, T> = {};
  for (const [key, v] of Object.entries(value)) {
    const col = Number(key);
    if (!isIndex(col)) throw new Error(`Ogiltig mall: kolumnen "${key}" i ${what}.`);
    if (typeof v !== 'string' || !allowed.includes(v))
      throw new Error(`Ogiltig mall: "${String(v)}" i ${what}.`);
    out[col] = v as T;
  }
  return out;
}

/** Check a SheetMapping read from JSON (a saved template or an imported file). */
export function parseSheetMapping(value: unknown): SheetMapping {
  if (!isRecord(value) || typeof value['sheet'] !== 'string')
    throw new Error('Ogiltig mall: bladets namn saknas.');
  const { unitCol, headerRows } = value;
  if (unitCol !== undefined && !isIndex(unitCol))
    throw new Error('Ogiltig mall: enhetskolumnen är inte ett kolumnnummer.');
  if (headerRows !== undefined && !(Array.isArray(headerRows) && headerRows.every(isIndex)))
    throw new Error('Ogiltig mall: rubrikraderna är inte radnummer.');
  const columns = indexRecord<ColumnRole>(value['columns'], COLUMN_ROLES, 'kolumnernas roller');
  const directions = indexRecord<Direction>(value['directions'], DIRECTIONS, 'riktningarna');
  return {
    sheet: value['sheet'],
    ...(unitCol !== undefined ? { unitCol } : {}),
    ...(headerRows !== undefined ? { headerRows: [...(headerRows as number[])] } : {}),
    ...(columns ? { columns } : {}),
    ...(directions ? { directions } : {}),
  };
}
