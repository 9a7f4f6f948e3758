import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../../shared/demo/demo-dataset';

describe('demo dataset generator', () => {
  const dataset = generateDemoDataset({ years: [2023, 2024] });

  it('is deterministic for a seed and differs between seeds', () => {
    const again = generateDemoDataset({ years: [2023, 2024] });
    expect(JSON.stringify(again)).toBe(JSON.stringify(dataset));
    const other = generateDemoDataset({ years: [2023, 2024], seed: 7 });
    expect(JSON.stringify(other.publications[0]!.observations)).not.toBe(
      JSON.stringify(dataset.publications[0]!.observations),
    );
  });

  it('publishes every indicator for riket, 21 län and 290 kommuner', () => {
    for (const p of dataset.publications)
      for (const i of p.indicators) {
        const rows = p.observations.filter((o) => o.indicatorId === i.indicatorId);
        expect(rows).toHaveLength(312);
        expect(new Set(rows.map((o) => o.cell)).size).toBe(312);
      }
  });

  it('never gives a missing value a number, and never colours it', () => {
    const all = dataset.publications.flatMap((p) => p.observations);
    const missing = all.filter((o) => o.status !== 'ok');
    const statuses = new Set(missing.map((o) => o.status));
    for (const s of ['sekretess', 'bortfall', 'ej_tillampligt']) expect(statuses).toContain(s);
    // A län with no kommun value (Gotland is one kommun) is published as nothing.
    for (const o of missing.filter((m) => m.status === 'ej_publicerat'))
      expect(o.unitCode).toMatch(/^\d{2}$/);
    for (const o of missing) {
      expect(o.valueNum).toBeNull();
      expect(o.officialClass).toBeNull();
    }
  });

  it('writes yes/no answers as Ja/Nej with 1/0 and colours the desired answer green', () => {
    const p = dataset.publications[0]!;
    const yesno = p.indicators.find((i) => i.kind === 'yesno')!;
    const answers = p.observations.filter(
      (o) => o.indicatorId === yesno.indicatorId && o.status === 'ok' && o.valueText,
    );
    expect(answers.length).toBeGreaterThan(200);
    for (const o of answers) {
      expect(o.valueText === 'Ja' ? 1 : 0).toBe(o.valueNum);
      expect(o.officialClass).toBe(o.valueText === 'Ja' ? 'gron' : 'rod');
    }
  });

  it('makes riket the unweighted mean of the kommuner with a value', () => {
    const p = dataset.publications[0]!;
    const pct = p.indicators.find((i) => i.kind === 'percent')!;
    const rows = p.observations.filter((o) => o.indicatorId === pct.indicatorId);
    const kommunValues = rows
      .filter((o) => /^\d{4}$/.test(o.unitCode) && o.status === 'ok')
      .map((o) => o.valueNum!);
    const mean = kommunValues.reduce((a, b) => a + b, 0) / kommunValues.length;
    expect(rows.find((o) => o.unitCode === '00')!.valueNum).toBeCloseTo(mean, 0);
  });
});
