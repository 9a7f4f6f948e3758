import { ImportError } from '../../../shared/import/import-error';
import {
  gridCellPositions,
  readXlsxFast,
  readXlsxWithSheetjs,
  type XlsxRead,
} from '../../../shared/import/read-xlsx';
import type { FillColor } from '../../../shared/import/fill-class';
import type { GridCell, SheetGrid } from '../../../shared/import/sheet-grid';
import { classifyFile, restoreZip } from '../../../shared/import/zip-precheck';

/** What one workbook gave on each path: the same grids, the fast path declining, or a difference. */
export type IdentityOutcome =
  | Readonly<{ kind: 'same'; path: 'fast' }>
  | Readonly<{ kind: 'declined'; reason: string }>
  | Readonly<{ kind: 'refused-before-reading' }>
  | Readonly<{ kind: 'different'; difference: string }>;

type Attempt = Readonly<{ read: XlsxRead } | { error: string } | { declined: string }>;

function attempt(run: () => XlsxRead | Readonly<{ declined: string }>): Attempt {
  try {
    const result = run();
    return 'path' in result ? { read: result } : { declined: result.declined };
  } catch (error) {
    if (error instanceof ImportError)
      return { error: `${error.message} [${error.fileName}/${error.sheet ?? ''}]` };
    throw error;
  }
}

const show = (v: unknown) =>
  JSON.stringify(v, (_, x: unknown) => (typeof x === 'number' && Number.isNaN(x) ? 'NaN' : x));

function sameValue(a: unknown, b: unknown): boolean {
  return show(a) === show(b);
}

function sameFill(a: FillColor | null, b: FillColor | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = (f: FillColor) =>
    Object.keys(f)
      .filter((k) => f[k as keyof FillColor] !== undefined)
      .sort()
      .join();
  return (
    keys(a) === keys(b) &&
    a.rgb === b.rgb &&
    a.theme === b.theme &&
    a.indexed === b.indexed &&
    Object.is(a.tint, b.tint)
  );
}

function sameCell(a: GridCell | undefined, b: GridCell | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return Object.is(a.v, b.v) && sameFill(a.fill, b.fill) && a.percent === b.percent;
}

function compareSheet(fast: SheetGrid, slow: SheetGrid): string | null {
  if (fast.name !== slow.name) return `namn ${show(fast.name)} ≠ ${show(slow.name)}`;
  const where = `bladet ${slow.name}`;
  if (fast.rowCount !== slow.rowCount || fast.colCount !== slow.colCount)
    return `${where}: storlek ${fast.rowCount}×${fast.colCount} ≠ ${slow.rowCount}×${slow.colCount}`;
  if (!sameValue(fast.merges, slow.merges))
    return `${where}: sammanfogningar ${show(fast.merges).slice(0, 200)} ≠ ${show(slow.merges).slice(0, 200)}`;
  // Every cell either grid holds (also outside the used range), compared both ways.
  for (const grid of [fast, slow]) {
    for (const [r, c] of gridCellPositions(grid)) {
      const a = fast.cell(r, c);
      const b = slow.cell(r, c);
      if (!sameCell(a, b)) return `${where} rad ${r} kolumn ${c}: ${show(a)} ≠ ${show(b)}`;
    }
  }
  return null;
}

/** The importer's steps before reading (classify, re-zip), then both readers on the same bytes. */
export function compareReaders(fileName: string, bytes: Uint8Array): IdentityOutcome {
  let stored: Uint8Array;
  try {
    if (classifyFile(fileName, bytes) !== 'xlsx') return { kind: 'refused-before-reading' };
    stored = restoreZip(fileName, bytes);
  } catch (error) {
    if (error instanceof ImportError) return { kind: 'refused-before-reading' };
    throw error;
  }
  const fast = attempt(() => readXlsxFast(fileName, stored));
  if ('declined' in fast) return { kind: 'declined', reason: fast.declined };
  const slow = attempt(() => readXlsxWithSheetjs(fileName, stored));
  if ('error' in fast || 'error' in slow) {
    const a = 'error' in fast ? fast.error : 'läst';
    const b = 'error' in slow ? slow.error : 'läst';
    return a === b
      ? { kind: 'same', path: 'fast' }
      : { kind: 'different', difference: `fel: ${a} ≠ ${b}` };
  }
  if (!('read' in slow) || !('read' in fast)) throw new Error('unreachable');
  const f = fast.read;
  const s = slow.read;
  if (!sameValue(f.theme, s.theme))
    return { kind: 'different', difference: `tema ${show(f.theme)} ≠ ${show(s.theme)}` };
  if (f.sheets.length !== s.sheets.length)
    return {
      kind: 'different',
      difference: `blad ${f.sheets.map((x) => x.name).join('|')} ≠ ${s.sheets.map((x) => x.name).join('|')}`,
    };
  for (let i = 0; i < f.sheets.length; i++) {
    const d = compareSheet(f.sheets[i]!, s.sheets[i]!);
    if (d) return { kind: 'different', difference: d };
  }
  return { kind: 'same', path: 'fast' };
}
