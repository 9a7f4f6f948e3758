import type { StandingRow } from '../../../shared/analysis/standings-query';
import { useI18n } from '../../state/i18n-context';

/**
 * Issue 19 item 4: a Ja/Nej standing with the share of the comparison group
 * giving the same answer, "Nej – som 92 % av jämförelsegruppen (11 av 12
 * som svarat)", so a red Nej most of the group shares reads as what it is.
 * Nothing for an indicator that is not Ja/Nej or a home without an answer.
 */
export function YesNoContext({
  row,
}: Readonly<{
  row: Pick<StandingRow, 'homeValue' | 'comparatorsWithAnswer' | 'sameAnswerShare'>;
}>) {
  const { t } = useI18n();
  const text = yesNoContextText(row, t);
  if (text === null) return null;
  return (
    <span className="hint yesno-context" data-testid="yesno-context">
      {' '}
      {text}
    </span>
  );
}

type Translate = ReturnType<typeof useI18n>['t'];

export function yesNoContextText(
  row: Pick<StandingRow, 'homeValue' | 'comparatorsWithAnswer' | 'sameAnswerShare'>,
  t: Translate,
): string | null {
  const answered = row.comparatorsWithAnswer;
  if (answered === undefined || (row.homeValue !== 0 && row.homeValue !== 1)) return null;
  const answer = t(row.homeValue === 1 ? 'yesno.yes' : 'yesno.no');
  const share = row.sameAnswerShare ?? null;
  if (answered === 0 || share === null) return t('yesno.contextNone', { answer });
  return t('yesno.context', {
    answer,
    percent: Math.round(share * 100),
    same: Math.round(share * answered),
    answered,
  });
}
