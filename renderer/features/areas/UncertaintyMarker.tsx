import type { StandingRow } from '../../../shared/analysis/standings-query';
import { Icon } from '../../components/Icon';
import { useI18n } from '../../state/i18n-context';

/**
 * Issue 19 item 3: "små tal" and "nära gränsen" beside a standing, each
 * with its reason in words (not only in a tooltip), so a reader of a red
 * knows how sure it is. Nothing is shown when neither applies.
 */
export function UncertaintyMarker({
  row,
}: Readonly<{ row: Pick<StandingRow, 'smallNumbers' | 'nearBoundary'> }>) {
  const { t } = useI18n();
  const marks: string[] = [];
  if (row.smallNumbers?.small)
    marks.push(`${t('uncertainty.small')}: ${row.smallNumbers.reasons.join(', ')}`);
  if (row.nearBoundary?.near)
    marks.push(`${t('uncertainty.nearBoundary')}: ${row.nearBoundary.reason ?? ''}`);
  if (marks.length === 0) return null;
  return (
    <span className="hint uncertainty" data-testid="uncertainty">
      {' '}
      <Icon name="warning" />
      {marks.join('; ')}
    </span>
  );
}
