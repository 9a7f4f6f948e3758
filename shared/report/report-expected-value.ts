import {
  expectedValue,
  MAX_REGRESSORS,
  type ExpectedValueResult,
  type Regressor,
} from '../analysis/expected-value';
import {
  homeNumbersText,
  refusalText,
  regressorText,
  verdictText,
  type TextTools,
} from '../analysis/expected-value-text';
import type { StandingRow } from '../analysis/standings-query';
import type { Db } from '../db/db';
import { formatNumber, translate } from '../i18n/i18n';
import type { ReportTexts } from './report-texts';

/**
 * The optional report part "Förväntat värde" (issue 19 item 8): for an
 * indicator the user pinned from Indikator with the measures chosen there,
 * the model at the series' latest year in the report, in words — verdict,
 * numbers, the model — and always the caveat. Laid out as a heading and
 * paragraphs, which every format (HTML/PDF, DOCX, PPTX, XLSX) already prints.
 */

/** One pinned model in the report document; `result` null when the series has no value in the report's years. */
export type ExpectedValueEntry = Readonly<{
  seriesId: string;
  regressors: readonly Regressor[];
  result: ExpectedValueResult | null;
}>;

const sameRegressors = (a: readonly Regressor[], b: readonly Regressor[]) =>
  JSON.stringify(a) === JSON.stringify(b);

/** A saved definition's regressors, checked (the workspace may come from anywhere). */
export function parseRegressors(value: unknown): Regressor[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_REGRESSORS)
    throw new Error('Förväntat värde i rapporten ska ha ett till tre mått.');
  return value.map((raw): Regressor => {
    const r = (raw ?? {}) as Record<string, unknown>;
    if (r['kind'] === 'background' && typeof r['seriesId'] === 'string')
      return { kind: 'background', seriesId: r['seriesId'] };
    if (r['kind'] === 'variable' && typeof r['variable'] === 'string')
      return { kind: 'variable', variable: r['variable'] };
    throw new Error('Ett mått i rapportens förväntade värde är okänt.');
  });
}

/** Fit every pinned model at its series' latest year among the report's standings. */
export async function expectedValueEntries(
  db: Db,
  home: string,
  items: readonly Readonly<{
    kind: string;
    seriesId?: string;
    regressors?: readonly Regressor[];
  }>[],
  standings: readonly StandingRow[],
): Promise<ExpectedValueEntry[]> {
  const entries: ExpectedValueEntry[] = [];
  for (const item of items) {
    if (item.kind !== 'expectedValue' || !item.seriesId || !item.regressors) continue;
    const latest = standings
      .filter((r) => r.seriesId === item.seriesId)
      .sort((a, b) => a.year - b.year)
      .at(-1);
    entries.push({
      seriesId: item.seriesId,
      regressors: item.regressors,
      result: latest
        ? await expectedValue(db, {
            indicatorId: latest.indicatorId,
            home,
            regressors: item.regressors,
          })
        : null,
    });
  }
  return entries;
}

type Block = Readonly<{ kind: 'heading'; text: string }> | Readonly<{ kind: 'text'; text: string }>;

/** The part as a heading and paragraphs, in the report's language, the caveat last — in every format. */
export function expectedValueBlocks(
  entries: readonly ExpectedValueEntry[] | undefined,
  item: Readonly<{ seriesId: string; regressors: readonly Regressor[] }>,
  homeName: string,
  tx: Pick<ReportTexts, 'lang'>,
): Block[] {
  const T: TextTools = {
    t: (key, params) => translate(tx.lang, key, params),
    num: (value, digits) => formatNumber(tx.lang, value, digits),
  };
  const entry = entries?.find(
    (e) => e.seriesId === item.seriesId && sameRegressors(e.regressors, item.regressors),
  );
  const caveat: Block = { kind: 'text', text: T.t('expected.caveat') };
  const result = entry?.result;
  if (!result)
    return [
      { kind: 'heading', text: T.t('expected.title') },
      {
        kind: 'text',
        text: T.t('reportBody.expectedNoValues', {
          title: T.t('expected.title'),
          id: item.seriesId,
          home: homeName,
        }),
      },
      caveat,
    ];
  const blocks: Block[] = [
    { kind: 'heading', text: `${T.t('expected.title')}: ${result.title} ${result.year}` },
  ];
  const refusal = refusalText(T, result, homeName);
  if (refusal) blocks.push({ kind: 'text', text: refusal });
  const verdict = verdictText(T, result, homeName);
  if (verdict) blocks.push({ kind: 'text', text: `${verdict} ${homeNumbersText(T, result)}` });
  if (result.model) {
    const model = result.model;
    const terms = [
      `${T.t('expected.intercept')} ${T.num(model.intercept, 4)}`,
      ...result.regressors.map(
        (r, i) => `${regressorText(r)} ${T.num(model.coefficients[i] ?? NaN, 4)}`,
      ),
    ];
    blocks.push({
      kind: 'text',
      text: T.t('reportBody.expectedModel', {
        model: T.t('expected.model'),
        n: result.n,
        r2: T.num(model.r2, 2),
        terms: terms.join('; '),
      }),
    });
  }
  blocks.push(caveat);
  return blocks;
}
