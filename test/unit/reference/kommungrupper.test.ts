import { readFileSync } from 'node:fs';
import path from 'node:path';
import { read, utils } from 'xlsx';
import { describe, expect, it } from 'vitest';
import { KOMMUNER, KOMMUNGRUPPER } from '../../../shared/reference/reference-units';
import { matchUnit } from '../../../shared/reference/unit-names';

const REF = path.resolve(__dirname, '../../../../shared/data/real/reference');

function counts(key: 'kommungrupp2023' | 'kommungrupp2017'): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of KOMMUNER) out[k[key]] = (out[k[key]] ?? 0) + 1;
  return out;
}

describe('SKR kommungrupper', () => {
  it('gives every kommun exactly one group per classification, among the nine', () => {
    const codes = new Set(KOMMUNGRUPPER.map((g) => g.code));
    expect([...codes]).toEqual(['A1', 'A2', 'B3', 'B4', 'B5', 'C6', 'C7', 'C8', 'C9']);
    for (const k of KOMMUNER) {
      expect(codes.has(k.kommungrupp2023), k.name).toBe(true);
      expect(codes.has(k.kommungrupp2017), k.name).toBe(true);
    }
  });

  it('has SKR’s published group sizes', () => {
    expect(counts('kommungrupp2023')).toEqual({
      A1: 3,
      A2: 43,
      B3: 23,
      B4: 63,
      B5: 24,
      C6: 27,
      C7: 51,
      C8: 35,
      C9: 21,
    });
    expect(counts('kommungrupp2017')).toEqual({
      A1: 3,
      A2: 43,
      B3: 21,
      B4: 52,
      B5: 35,
      C6: 29,
      C7: 52,
      C8: 40,
      C9: 15,
    });
  });

  it('has the group names and huvudgrupper', () => {
    expect(KOMMUNGRUPPER.find((g) => g.code === 'C9')).toEqual({
      code: 'C9',
      name: 'Landsbygdskommun med besöksnäring',
      huvudgrupp: 'Mindre städer/tätorter och landsbygdskommuner',
    });
  });

  it('round-trips every name through the importer’s name matching, with the variants files use', () => {
    for (const k of KOMMUNER) {
      expect(matchUnit(`${k.name} kommun`)?.unitCode, k.name).toBe(k.code);
      expect(matchUnit(k.name.toUpperCase())?.unitCode, k.name).toBe(k.code);
    }
  });

  it('matches SKR’s own 2023 workbook row by row', () => {
    const wb = read(readFileSync(path.join(REF, 'skr_kommungruppsindelning_2023.xlsx')));
    const rows = utils
      .sheet_to_json<unknown[]>(wb.Sheets['Bilaga1 Lista alla kommuner']!, {
        header: 1,
        defval: null,
      })
      .slice(2)
      .filter((r) => r[1]);
    expect(rows).toHaveLength(290);
    for (const [group, code, name, huvudgrupp, groupName] of rows as [
      string,
      string,
      string,
      string,
      string,
    ][]) {
      const k = KOMMUNER.find((x) => x.code === code);
      expect(k, code).toBeDefined();
      expect(k!.name).toBe(name);
      expect(k!.kommungrupp2023).toBe(group);
      expect(KOMMUNGRUPPER.find((g) => g.code === group)).toEqual({
        code: group,
        name: groupName,
        huvudgrupp: huvudgrupp.trim(),
      });
    }
  });

  it('matches the 2017 grouping list row by row', () => {
    const lines = readFileSync(path.join(REF, 'skr_kommungrupp2017_290_vehiclefires.csv'), 'utf8')
      .trim()
      .split(/\r?\n/)
      .slice(1);
    expect(lines).toHaveLength(290);
    for (const line of lines) {
      const [, code, name, groupNumber, groupName] = line
        .split(',')
        .map((f) => f.replace(/^"|"$/g, ''));
      const k = KOMMUNER.find((x) => x.code === code)!;
      expect(k.name).toBe(name);
      expect(k.kommungrupp2017).toBe(
        ['A1', 'A2', 'B3', 'B4', 'B5', 'C6', 'C7', 'C8', 'C9'][Number(groupNumber) - 1],
      );
      expect(KOMMUNGRUPPER.find((g) => g.code === k.kommungrupp2017)!.name).toBe(groupName);
    }
  });
});
