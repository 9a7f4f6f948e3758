import { MIN_COMPARATORS } from './standing';
import type { StandingRow } from './standings-query';

/**
 * "Vanligt svar" (issue 19 item 4): an optional reading of a Ja/Nej red.
 * The FoU-Nordväst report quotes kommuner who find a red "Nej" misleading
 * when most of the group answers Nej as well; with the switch on, the
 * metaanalys and Återkommande avvikare count such a red as "vanligt svar"
 * instead of ogynnsamt. The standing itself never changes (DESIGN.md: the
 * undesired answer is `unfavourable`); only what is counted as ogynnsamt does.
 *
 * The rule: a yes/no indicator where the home's standing is `unfavourable`,
 * at least MIN_COMPARATORS (5) comparators answer Ja or Nej, and strictly
 * more than half of them give the home's answer (6 of 12 is not enough,
 * 7 of 12 is).
 */
export type CommonAnswerOptions = Readonly<{
  /** Count a Ja/Nej red that most of the comparison group shares as "vanligt svar". Default off. */
  commonAnswer?: boolean;
}>;

/** The rule in Swedish plain language, for every export made with the switch on. */
export const COMMON_ANSWER_RULE =
  'Vanligt svar: ett Ja/Nej-svar som ger ogynnsamt läge men som mer än hälften av jämförelsegruppen också ger ' +
  `(minst ${MIN_COMPARATORS} kommuner i gruppen har svarat Ja eller Nej) räknas som vanligt svar, inte som ogynnsamt.`;

export function isCommonAnswer(
  row: Pick<StandingRow, 'kind' | 'standing' | 'comparatorsWithAnswer' | 'sameAnswerShare'>,
): boolean {
  const answered = row.comparatorsWithAnswer ?? 0;
  const share = row.sameAnswerShare ?? null;
  return (
    row.kind === 'yesno' &&
    row.standing === 'unfavourable' &&
    answered >= MIN_COMPARATORS &&
    share !== null &&
    share > 0.5
  );
}

/** Whether this row is counted as ogynnsamt under the options (always, when the switch is off). */
export function countsAsUnfavourable(row: StandingRow, options: CommonAnswerOptions = {}): boolean {
  return row.standing === 'unfavourable' && !(options.commonAnswer && isCommonAnswer(row));
}
