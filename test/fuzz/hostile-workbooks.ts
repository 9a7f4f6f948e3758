import { strToU8, zipSync } from 'fflate';

/**
 * Hostile workbooks written part by part from raw XML, so each one carries
 * exactly the attack it is named after (issue 11). Generated, never downloaded.
 */
export type RawParts = Readonly<{
  sheet: string;
  sharedStrings?: string;
  styles?: string;
  /** Extra relationships of the workbook (e.g. a cycle). */
  workbookRels?: string;
  sheetName?: string;
}>;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>`;

const workbookXml = (name: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets></workbook>`;

const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>`;

const MINIMAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="1"><xf/></cellXfs></styleSheet>`;

export function rawXlsx(parts: RawParts): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'xl/workbook.xml': strToU8(workbookXml(parts.sheetName ?? 'Kommuner')),
    'xl/_rels/workbook.xml.rels': strToU8(parts.workbookRels ?? WORKBOOK_RELS),
    'xl/worksheets/sheet1.xml': strToU8(parts.sheet),
    'xl/sharedStrings.xml': strToU8(
      parts.sharedStrings ??
        '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
    ),
    'xl/styles.xml': strToU8(parts.styles ?? MINIMAL_STYLES),
  });
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A sheet of rows; strings inline (t="inlineStr"), numbers as numbers, `{ f, v }` as a formula with a cached value. */
export function sheetXml(
  rows: readonly (readonly (string | number | { f: string; v: string } | null)[])[],
  prolog = '',
): string {
  const col = (c: number) =>
    c < 26
      ? String.fromCharCode(65 + c)
      : String.fromCharCode(64 + Math.floor(c / 26)) + String.fromCharCode(65 + (c % 26));
  const body = rows
    .map(
      (r, ri) =>
        `<row r="${ri + 1}">${r
          .map((v, ci) => {
            const ref = `${col(ci)}${ri + 1}`;
            if (v === null) return '';
            if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
            if (typeof v === 'object')
              return `<c r="${ref}" t="str"><f>${esc(v.f)}</f><v>${esc(v.v)}</v></c>`;
            return `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
          })
          .join('')}</row>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${prolog}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

/** A small valid ÖJ-like table: kod, kommun, two indicators; enough to be imported. */
export function kommunRows(
  titles: readonly (string | { f: string; v: string })[] = ['Andel (%) nöjda', 'Väntetid, dagar'],
): (string | number | { f: string; v: string } | null)[][] {
  const kommuner: [string, string][] = [
    ['0114', 'Upplands Väsby'],
    ['0115', 'Vallentuna'],
    ['0117', 'Österåker'],
    ['0120', 'Värmdö'],
    ['0123', 'Järfälla'],
    ['0125', 'Ekerö'],
  ];
  return [
    ['Kommunkod', 'Kommun', ...titles],
    ...kommuner.map(([code, name], i) => [code, name, 50 + i, 10 + i]),
  ];
}
