import type { Indicator } from '../model/indicators';
import type { Observation } from '../model/observations';
import type { Unit } from '../model/units';
import { KOMMUNER } from '../reference/reference-units';
import { gateFinding } from './diagnostic';
import type { Diagnostic } from './import-batch';
import type { GateFinding, SampleValue } from './import-report';

const EXPECTED_KOMMUNER = KOMMUNER.length;

/**
 * File-level plausibility checks, after every sheet has been read (the
 * sheet-level ones — unit column, rows read as indicators, duplicates,
 * unknown rows, shares outside 0–100 — come from the sheet readers).
 */
export function fileGate(
  units: readonly Unit[],
  sameTitle: readonly Readonly<{ first: string; second: string; title: string }>[],
): GateFinding[] {
  const findings: GateFinding[] = [];
  const kommuner = new Set(units.filter((u) => u.level === 'kommun').map((u) => u.unitCode));
  // Nearly all kommuner: say which are missing, a controller checks that first.
  if (kommuner.size >= 0.7 * EXPECTED_KOMMUNER && kommuner.size < EXPECTED_KOMMUNER) {
    const missing = KOMMUNER.filter((k) => !kommuner.has(k.code)).map((k) => k.name);
    findings.push(
      gateFinding({
        check: 'unit_count',
        blocking: false,
        sheet: null,
        cells: [],
        code: missing.length > 8 ? 'kommuner_missing_more' : 'kommuner_missing',
        params: {
          count: kommuner.size,
          expected: EXPECTED_KOMMUNER,
          missing: missing.slice(0, 8).join(', '),
          ...(missing.length > 8 ? { more: missing.length - 8 } : {}),
        },
      }),
    );
  }
  if (sameTitle.length > 0) {
    const first = sameTitle[0]!;
    findings.push(
      gateFinding({
        check: 'series_collision',
        blocking: false,
        sheet: first.second.split('!')[0] ?? null,
        cells: sameTitle.slice(0, 5).map((s) => s.second.split('!')[1] ?? s.second),
        code: 'same_title',
        params: {
          count: sameTitle.length,
          title: first.title,
          first: first.first,
          second: first.second,
        },
      }),
    );
  }
  return findings;
}

const formatValue = (o: Observation) =>
  o.valueNum !== null ? String(o.valueNum).replace('.', ',') : (o.valueText ?? '');

/** Three values a controller can look up in the file: from the first, a middle and the last indicator, a kommun each. */
export function sampleValues(
  indicators: readonly Indicator[],
  observations: readonly Observation[],
  units: readonly Unit[],
): SampleValue[] {
  const names = new Map(units.map((u) => [u.unitCode, u]));
  const byIndicator = new Map<string, Observation[]>();
  for (const o of observations) {
    if (o.status !== 'ok') continue;
    const list = byIndicator.get(o.indicatorId) ?? [];
    if (list.length < 400) list.push(o);
    byIndicator.set(o.indicatorId, list);
  }
  const withValues = indicators.filter((i) => byIndicator.has(i.indicatorId));
  const picks = [...new Set([0, Math.floor(withValues.length / 2), withValues.length - 1])].filter(
    (i) => i >= 0 && i < withValues.length,
  );
  return picks.map((p, k) => {
    const indicator = withValues[p]!;
    const list = byIndicator.get(indicator.indicatorId)!;
    const preferred = list.filter(
      (o) => names.get(o.unitCode)?.level === 'kommun' || names.get(o.unitCode)?.level === 'enhet',
    );
    const pool = preferred.length > 0 ? preferred : list;
    const o = pool[Math.floor(((k + 1) * pool.length) / 4) % pool.length]!;
    return {
      unitName: names.get(o.unitCode)?.name ?? o.unitCode,
      indicator: indicator.title,
      value: formatValue(o),
      sheet: o.sheet ?? '',
      cell: o.cell ?? '',
    };
  });
}

/** The same finding reported twice (two tables read over one row) is shown once. */
export function uniqueDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.severity}|${d.sheet}|${d.cell}|${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
