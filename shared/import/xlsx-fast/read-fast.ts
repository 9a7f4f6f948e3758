/**
 * The fast xlsx path: the inflated parts of a workbook → its sheets, read
 * directly (content types, workbook and its relationships, shared strings,
 * fills, theme colours, each sheet's XML), giving the same cells, fills,
 * used ranges, merges and names as SheetJS with the importer's options. It
 * throws `Decline` for anything it does not read exactly like SheetJS (xlsb,
 * strict OOXML, comments, date cells, unusual markup …); the caller then
 * reads the file with SheetJS.
 */
import type { FillColor } from '../fill-class';
import { scanSheet, type CellStyle, type ScannedSheet } from './sheet-xml';
import {
  cellFills,
  COMMENT_RELS,
  readContentTypes,
  readRels,
  readSharedStrings,
  readStyles,
  readThemeScheme,
  readWorkbook,
  WORKSHEET_REL,
  type SchemeColour,
  type Styles,
} from './workbook-parts';
import { decline, decodePart } from './xml-text';

export type FastWorkbook = Readonly<{
  /** Sheet names as SheetJS gives them (before the importer's own unescaping and trimming). */
  sheetNames: readonly string[];
  sheets: readonly ScannedSheet[];
  /** The theme's colour scheme in SheetJS's order, or null without a theme part. */
  scheme: readonly SchemeColour[] | null;
}>;

/** Zip entries looked up the way SheetJS does: case-insensitively, without a leading slash. */
class Parts {
  private readonly byName = new Map<string, Uint8Array>();
  constructor(entries: Readonly<Record<string, Uint8Array>>) {
    for (const [name, bytes] of Object.entries(entries)) {
      if (name.includes('\\')) decline('zip: bakstreck i namn');
      if (name.endsWith('/')) continue;
      const key = name.toLowerCase();
      if (this.byName.has(key)) decline('zip: namn som bara skiljer i versaler');
      this.byName.set(key, bytes);
    }
  }
  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }
  text(name: string): string | null {
    const bytes = this.byName.get(name.toLowerCase());
    return bytes === undefined ? null : decodePart(name, bytes);
  }
}

const noSlash = (path: string) => (path.startsWith('/') ? path.slice(1) : path);

export function readFastWorkbook(entries: Readonly<Record<string, Uint8Array>>): FastWorkbook {
  const parts = new Parts(entries);
  if (
    parts.has('META-INF/manifest.xml') ||
    parts.has('objectdata.xml') ||
    parts.has('Index/Document.iwa')
  )
    decline('inte en Excel-arbetsbok');
  const typesXml = parts.text('[Content_Types].xml');
  if (typesXml === null) return decline('[Content_Types].xml saknas');
  const types = readContentTypes(typesXml);
  const workbookPath = types.workbooks[0];
  if (workbookPath === undefined) return decline('ingen arbetsbok i [Content_Types].xml');
  if (workbookPath.endsWith('bin')) decline('xlsb');

  let scheme: SchemeColour[] | null = null;
  if (types.themes.length > 0) {
    const theme = parts.text(noSlash(types.themes[0]!));
    if (!theme) return decline('temadelen saknas');
    scheme = readThemeScheme(theme);
  }

  let styles: Styles = { fills: null, fillOfXf: null, percentOfXf: null };
  if (types.style !== null) {
    const path = noSlash(types.style);
    if (path.endsWith('.bin')) decline('binära format');
    const xml = parts.text(path);
    if (xml === null) return decline('styles.xml saknas');
    styles = readStyles(xml);
  }

  let strings: (string | undefined)[] = [];
  if (types.sst !== null) {
    const path = noSlash(types.sst);
    if (path.endsWith('.bin')) decline('binära delade strängar');
    const xml = parts.text(path);
    if (xml !== null) strings = readSharedStrings(xml);
  }

  const workbookXml = parts.text(noSlash(workbookPath));
  if (!workbookXml) return decline('workbook.xml saknas');
  const workbookSheets = readWorkbook(workbookXml);
  const names = workbookSheets.map((s) => s.name);
  if (new Set(names).size !== names.length) decline('två blad med samma namn');

  const wb = noSlash(workbookPath);
  const slash = wb.lastIndexOf('/');
  let relsPath = `${wb.slice(0, slash + 1)}_rels/${wb.slice(slash + 1)}.rels`;
  if (!parts.has(relsPath)) relsPath = 'xl/_rels/workbook.xml.rels';
  const rels = readRels(parts.text(relsPath), relsPath);

  const fills = cellFills(styles, scheme);
  const { fillOfXf, percentOfXf } = styles;
  const fillOf = (id: number | undefined): FillColor | null =>
    id === undefined ? null : (fills[id] ?? null);
  const cache = new Map<string | undefined, CellStyle>();
  const style = (s: string | undefined): CellStyle => {
    let hit = cache.get(s);
    if (hit !== undefined) return hit;
    if (s === undefined || fillOfXf === null || !/^(0|[1-9]\d{0,8})$/.test(s))
      hit = { fill: fillOf(0), percent: false };
    else {
      const index = Number(s);
      hit =
        index < fillOfXf.length
          ? { fill: fillOf(fillOfXf[index]), percent: percentOfXf?.[index] === true }
          : { fill: fillOf(0), percent: false };
    }
    cache.set(s, hit);
    return hit;
  };

  const byIndex: (CellStyle | undefined)[] = [];
  const styleOfIndex = (index: number): CellStyle => (byIndex[index] ??= style(String(index)));

  const sheets: ScannedSheet[] = [];
  for (const sheet of workbookSheets) {
    if (sheet.relId === undefined) decline('blad utan relation');
    const rel = rels.get(sheet.relId);
    if (!rel) return decline(`bladet ${sheet.name}: relationen saknas`);
    if (rel.type !== WORKSHEET_REL) decline(`bladet ${sheet.name}: ${rel.type ?? 'okänd typ'}`);
    let path = 'xl/' + rel.target.replace(/[/]?xl\//, '');
    if (!parts.has(path)) path = rel.target;
    if (!parts.has(path)) path = relsPath.replace(/_rels\/[\S\s]*$/, '') + rel.target;
    if (!parts.has(path)) decline(`bladet ${sheet.name}: delen saknas`);
    if (!path.toLowerCase().endsWith('.xml')) decline(`bladet ${sheet.name}: inte XML`);
    const sheetRels = readRels(
      parts.text(path.replace(/^(.*)(\/)([^/]*)$/, '$1/_rels/$3.rels')),
      `${path} rels`,
    );
    for (const r of sheetRels.values())
      if (r.type !== undefined && COMMENT_RELS.includes(r.type))
        decline(`bladet ${sheet.name}: kommentarer`);
    const scanned = scanSheet(parts.text(path)!, path, { strings, style, styleOfIndex });
    if (scanned.legacyDrawing !== null && sheetRels.has(scanned.legacyDrawing))
      decline(`bladet ${sheet.name}: VML-ritning`);
    sheets.push(scanned);
  }
  return { sheetNames: names, sheets, scheme };
}
