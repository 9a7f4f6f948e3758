import { RIKET_CODE, type UnitLevel } from '../model/units';
import { matchKey, slug } from '../util/text-normalize';
import { KOMMUNER, LAN, REGIONER, STADSDELAR } from './reference-units';

export type UnitMatch = Readonly<{
  unitCode: string;
  name: string;
  level: UnitLevel;
  /** 'code' when matched by a 4/2-digit code, else 'name'. */
  by: 'code' | 'name';
  /** Enheter: the kommun the enhet belongs to. */
  parentCode?: string;
  /** Enheter: "kommunal" / "enskild", as published. */
  regiform?: string | null;
}>;

const RIKET_NAMES = new Set([
  'riket',
  'rikets värde',
  'hela riket',
  'sverige',
  'riket totalt',
  'totalt riket',
  'riksgenomsnitt',
  'riket (ovägt medel)',
]);
const GROUP_WORDS =
  /(ovägt medel|vägt medel|kommungrupp|samtliga kommuner|alla kommuner|kommuner i län)/;

/** "Stockholms län" → "stockholm"; "Dalarnas län" → "dalarna"; "Kalmar län" → "kalmar". */
function lanStem(name: string): string {
  return matchKey(name).replace(/ län$/, '').replace(/s$/, '');
}

type Index = Readonly<{
  kommunByCode: Map<string, string>;
  lanByCode: Map<string, string>;
  kommunByKey: Map<string, string>;
  lanByKey: Map<string, string>;
  lanByStem: Map<string, string>;
}>;

let index: Index | null = null;

function buildIndex(): Index {
  const kommunByCode = new Map(KOMMUNER.map((k) => [k.code, k.name]));
  const lanByCode = new Map(LAN.map((l) => [l.code, l.name]));
  const kommunByKey = new Map(KOMMUNER.map((k) => [matchKey(k.name), k.code]));
  const lanByKey = new Map(LAN.map((l) => [matchKey(l.name), l.code]));
  const lanByStem = new Map(LAN.map((l) => [lanStem(l.name), l.code]));
  // How statistics files write the regions (level = 'region', same code as the län).
  for (const r of REGIONER) lanByKey.set(matchKey(r.name), r.lanCode);
  lanByKey.set('region västra götaland', '14');
  return { kommunByCode, lanByCode, kommunByKey, lanByKey, lanByStem };
}

function kommunKey(key: string): string | undefined {
  const idx = (index ??= buildIndex());
  const bare = key.replace(/ (kommun|stad|municipality)$/, '');
  return (
    idx.kommunByKey.get(bare) ??
    (bare.endsWith('s') ? idx.kommunByKey.get(bare.slice(0, -1)) : undefined) ??
    idx.kommunByKey.get(bare.replace(/-/g, ' ')) ??
    idx.kommunByKey.get(bare.replace(/ /g, '-'))
  );
}

/**
 * Recognise who a row is about: by 4-digit kommun code or 2-digit län code
 * first, then by normalised name (case, dashes, NBSP, "kommun"/"stad"
 * suffixes, genitive s, "Region X"). `preferLan` resolves names that are
 * both a kommun and a län stem ("Uppsala") in tables about län.
 */
export function matchUnit(
  raw: string | number | null,
  options: Readonly<{ preferLan?: boolean }> = {},
): UnitMatch | null {
  if (typeof raw !== 'string') return matchUnitOnce(raw, options);
  // The importer asks about every cell of every column that might name units: the same texts
  // again and again. The answer depends on the text and preferLan alone (the units are fixed).
  const memo = options.preferLan ? memoLan : memoAny;
  let found = memo.get(raw);
  if (found === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    found = matchUnitOnce(raw, options);
    memo.set(raw, found);
  }
  return found;
}

const MEMO_LIMIT = 50_000;
const memoAny = new Map<string, UnitMatch | null>();
const memoLan = new Map<string, UnitMatch | null>();

function matchUnitOnce(
  raw: string | number | null,
  options: Readonly<{ preferLan?: boolean }>,
): UnitMatch | null {
  if (raw === null) return null;
  const idx = (index ??= buildIndex());
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw) || raw < 100 || raw > 2599) return null;
    const code = String(raw).padStart(4, '0');
    const name = idx.kommunByCode.get(code);
    return name ? { unitCode: code, name, level: 'kommun', by: 'code' } : null;
  }
  const text = String(raw).trim();
  const codeMatch = /^(\d{4}|\d{2})(?:\s+(.*))?$/.exec(text);
  // "32 290" is a number with a thousands space, not län 32 named "290".
  if (codeMatch?.[2] && /^\d{3}(?:[\s\u00a0]\d{3})*(?:[.,]\d+)?$/.test(codeMatch[2])) return null;
  if (codeMatch) {
    const code = codeMatch[1]!;
    // "0114 Upplands Väsby": the name must be the code's own unit. "24 år och äldre" names no unit.
    const named = codeMatch[2]
      ? (matchUnit(codeMatch[2], { preferLan: code.length === 2 }) ?? matchUnit(codeMatch[2]))
      : null;
    if (
      codeMatch[2] &&
      named?.unitCode !== code &&
      !(code === RIKET_CODE && RIKET_NAMES.has(matchKey(codeMatch[2])))
    )
      return null;
    const kommun = idx.kommunByCode.get(code);
    if (kommun) return { unitCode: code, name: kommun, level: 'kommun', by: 'code' };
    const lan = idx.lanByCode.get(code);
    if (lan) return { unitCode: code, name: lan, level: 'lan', by: 'code' };
    if (code === RIKET_CODE && codeMatch[2] && RIKET_NAMES.has(matchKey(codeMatch[2])))
      return { unitCode: RIKET_CODE, name: 'Riket', level: 'riket', by: 'code' };
    if (!codeMatch[2]) return null;
  }
  const key = matchKey(text);
  if (key === '') return null;
  if (RIKET_NAMES.has(key))
    return { unitCode: RIKET_CODE, name: 'Riket', level: 'riket', by: 'name' };
  if (GROUP_WORDS.test(key) && key.length <= 70)
    return { unitCode: `G-${slug(text, 48)}`, name: text, level: 'grupp', by: 'name' };

  const lanCode = idx.lanByKey.get(key);
  if (lanCode) {
    const level = key.startsWith('region') || key.endsWith('regionen') ? 'region' : 'lan';
    return { unitCode: lanCode, name: idx.lanByCode.get(lanCode)!, level, by: 'name' };
  }
  const region = /^region (.+)$/.exec(key);
  if (region) {
    const code = idx.lanByKey.get(region[1]!) ?? idx.lanByStem.get(lanStem(region[1]!));
    if (code)
      return { unitCode: code, name: idx.lanByCode.get(code)!, level: 'region', by: 'name' };
  }
  const stemCode = idx.lanByStem.get(lanStem(key));
  const kommunCode = kommunKey(key);
  if (stemCode && (options.preferLan || !kommunCode)) {
    return { unitCode: stemCode, name: idx.lanByCode.get(stemCode)!, level: 'lan', by: 'name' };
  }
  if (kommunCode)
    return {
      unitCode: kommunCode,
      name: idx.kommunByCode.get(kommunCode)!,
      level: 'kommun',
      by: 'name',
    };
  const typo = nearName(key, idx, options.preferLan ?? false);
  if (typo) return typo;
  const stadsdel = STADSDELAR.find(
    (s) => matchKey(s.name) === key.replace(/ stadsdels(område|nämnd)$/, ''),
  );
  if (stadsdel)
    return {
      unitCode: `0180-${slug(stadsdel.name, 40)}`,
      name: stadsdel.name,
      level: 'stadsdel',
      by: 'name',
    };
  return null;
}

/** Levenshtein distance, capped: we only care whether it is at most 1. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/**
 * One typo away from exactly one name (real files write "Västa Götaland"):
 * accepted for names of 8+ characters, where one edit cannot reach another unit.
 */
function nearName(key: string, idx: Index, preferLan: boolean): UnitMatch | null {
  if (key.length < 8) return null;
  const hits: UnitMatch[] = [];
  for (const [stem, code] of idx.lanByStem)
    if (stem.length >= 8 && withinOneEdit(key, stem))
      hits.push({ unitCode: code, name: idx.lanByCode.get(code)!, level: 'lan', by: 'name' });
  if (!preferLan || hits.length === 0)
    for (const [name, code] of idx.kommunByKey)
      if (name.length >= 8 && withinOneEdit(key, name))
        hits.push({
          unitCode: code,
          name: idx.kommunByCode.get(code)!,
          level: 'kommun',
          by: 'name',
        });
  return hits.length === 1 ? hits[0]! : null;
}
