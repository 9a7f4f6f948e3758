import type { UnitMatch } from '../../reference/unit-names';
import { looksLikeValue } from '../cell-value';
import { isYearLike } from '../publication-info';
import { textAbove, textAt, value, type SheetGrid } from '../sheet-grid';
import { cleanText, matchKey, slug } from '../../util/text-normalize';

const REGIFORM_HEADER = /^(regi|regiform|driftform|driftsform|huvudman|driftregi|regi\/driftform)$/;
const REGIFORM_VALUE =
  /^(kommunal|enskild|privat|offentlig|kommunal regi|enskild regi|privat regi|ideell|intraprenad|kommunal verksamhet|enskild verksamhet)$/;
const ENHET_HEADER =
  /^(verksamhet|verksamhetens namn|verksamhetsnamn|enhet|enhetens namn|enhetsnamn|namn på enhet|boende|boendets namn|särskilt boende|hemtjänstområde|hemtjänstgrupp|utförare|utförarens namn|stadsdel\/verksamhet)$/;
/** A row naming the kommun as a whole in a table of its enheter: the kommun's own value. */
const KOMMUN_TOTAL =
  /^(hela kommunen|kommunen totalt|kommunen|totalt|total|samtliga|samtliga verksamheter|alla verksamheter|alla enheter|samtliga enheter|kommunen som helhet|totalt för kommunen|kommun totalt)$/;
const DIMENSION_HEADER =
  /^(kön|kon|ålder|åldersgrupp|age|sex|kategori|grupp|fråga|svarsalternativ|år|period)$/;

/** How the rows of one table are identified beyond the unit column. */
export type RowIdentity = Readonly<{
  /** Row → the unit the row's values are about (kommun, or an enhet of it). */
  units: ReadonlyMap<number, UnitMatch>;
  /** Row → a dimension label ("Kvinnor", "65–79 år") splitting one column into several indicators; null when none. */
  dimensions: ReadonlyMap<number, string> | null;
  /** Columns read as context (enhet name, regiform): never values, never dimensions. */
  contextCols: readonly number[];
  enhetCol: number | null;
  regiformCol: number | null;
  /** Row → its year, when a column left of the values dates the rows (2014 above one block of län, 2023 above the next). */
  years: ReadonlyMap<number, number> | null;
}>;

type TextColumn = { col: number; filled: number; distinct: number; texts: Map<number, string> };

function textColumns(
  sheet: SheetGrid,
  rows: readonly number[],
  cols: readonly number[],
): TextColumn[] {
  const out: TextColumn[] = [];
  for (const col of cols) {
    const texts = new Map<number, string>();
    for (const r of rows) {
      const t = textAt(sheet, r, col);
      if (t && !looksLikeValue(t)) texts.set(r, cleanText(t));
    }
    if (texts.size === 0) continue;
    out.push({
      col,
      filled: texts.size,
      distinct: new Set([...texts.values()].map((t) => matchKey(t))).size,
      texts,
    });
  }
  return out;
}

/** A stable code for an enhet: its kommun's code and its normalised name. */
export function enhetCode(kommunCode: string, name: string): string {
  return `${kommunCode}-E-${slug(name, 60)}`;
}

/**
 * Row labels are never indicators. When a table names a kommun on several
 * rows, the text columns beside the unit column say why: a column whose
 * values are (nearly) all different is a name — the rows are enheter of that
 * kommun, with a regiform column kept as their attribute; a column with a
 * few repeating values ("Kvinnor", "Män") splits the values into dimensions.
 */
export function rowIdentity(
  sheet: SheetGrid,
  rows: readonly number[],
  unitRows: ReadonlyMap<number, UnitMatch>,
  allTextCols: readonly number[],
  headerTop: number,
  forcedContext: ReadonlySet<number>,
): RowIdentity {
  let textCols = allTextCols;
  const units = new Map<number, UnitMatch>();
  for (const r of rows) units.set(r, unitRows.get(r)!);
  const years = rowYears(sheet, rows, textCols);
  const yearCols = years ? [years.col] : [];
  textCols = textCols.filter((c) => !yearCols.includes(c));
  const repeats = () => {
    const seen = new Set<string>();
    for (const r of rows) {
      const code = `${units.get(r)!.unitCode}|${years?.byRow.get(r) ?? ''}`;
      if (seen.has(code)) return true;
      seen.add(code);
    }
    return false;
  };
  const firstData = rows[0]!;
  const columns = textColumns(sheet, rows, textCols);
  const headerOf = (c: TextColumn) => matchKey(textAbove(sheet, c.col, firstData, headerTop) ?? '');
  const namedEnhet = columns.find((c) => ENHET_HEADER.test(headerOf(c)));
  const yearsOut = years?.byRow ?? null;
  if (!namedEnhet && !repeats())
    return {
      units,
      dimensions: null,
      contextCols: [...forcedContext, ...yearCols],
      enhetCol: null,
      regiformCol: null,
      years: yearsOut,
    };

  const kommunRows = rows.filter((r) => units.get(r)!.level === 'kommun');
  const regiform = columns.find(
    (c) =>
      REGIFORM_HEADER.test(headerOf(c)) ||
      [...c.texts.values()].every((t) => REGIFORM_VALUE.test(matchKey(t))),
  );
  // The enhet name column: named so, or text on most kommun rows with (nearly) one value per row and no dimension heading.
  const enhet =
    namedEnhet ??
    columns
      .filter((c) => c !== regiform && !DIMENSION_HEADER.test(headerOf(c)))
      .filter(
        (c) => c.distinct >= 0.6 * c.filled && c.filled >= Math.max(2, 0.5 * kommunRows.length),
      )
      .sort((a, b) => b.distinct - a.distinct)[0];
  const contextCols = [...forcedContext, ...yearCols];
  if (enhet) {
    contextCols.push(enhet.col);
    if (regiform) contextCols.push(regiform.col);
    for (const r of kommunRows) {
      const name = enhet.texts.get(r);
      if (!name || KOMMUN_TOTAL.test(matchKey(name))) continue; // the kommun's own total row
      const kommun = units.get(r)!;
      units.set(r, {
        unitCode: enhetCode(kommun.unitCode, name),
        name,
        level: 'enhet',
        by: 'name',
        parentCode: kommun.unitCode,
        regiform: regiform?.texts.get(r) ?? null,
      });
    }
  }
  if (!repeats())
    return {
      units,
      dimensions: null,
      contextCols,
      enhetCol: enhet?.col ?? null,
      regiformCol: enhet && regiform ? regiform.col : null,
      years: yearsOut,
    };

  // Fill-forward labels in the remaining text columns split one column into several indicators.
  const dimensionCols = columns.filter((c) => !contextCols.includes(c.col)).map((c) => c.col);
  const labels = new Map<number, string>();
  const current = new Map<number, string>();
  for (let r = rows[0]!; r <= rows[rows.length - 1]!; r++) {
    for (const c of dimensionCols) {
      const t = textAt(sheet, r, c);
      if (t && !looksLikeValue(t)) current.set(c, cleanText(t));
    }
    if (units.has(r))
      labels.set(
        r,
        dimensionCols
          .map((c) => current.get(c))
          .filter(Boolean)
          .join(', '),
      );
  }
  return {
    units,
    dimensions: labels,
    contextCols,
    enhetCol: enhet?.col ?? null,
    regiformCol: enhet && regiform ? regiform.col : null,
    years: yearsOut,
  };
}

/** A column of years, written once above each block of rows and carried down ("2014", then "2023"). */
function rowYears(
  sheet: SheetGrid,
  rows: readonly number[],
  cols: readonly number[],
): { col: number; byRow: Map<number, number> } | null {
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  for (const col of cols) {
    const found: number[] = [];
    let other = false;
    for (let r = first; r <= last && !other; r++) {
      const v = value(sheet, r, col);
      if (v === null || String(v).trim() === '') continue;
      const year = isYearLike(v);
      if (year === null) other = true;
      else found.push(r);
    }
    if (other || found.length < 2) continue;
    const byRow = new Map<number, number>();
    let current: number | null = null;
    for (let r = first; r <= last; r++) {
      const y = isYearLike(value(sheet, r, col));
      if (y !== null) current = y;
      if (current !== null) byRow.set(r, current);
    }
    return { col, byRow };
  }
  return null;
}
