import type { StandingRow } from '../../../shared/analysis/standings-query';
import { uncertaintyText } from '../../../shared/analysis/uncertainty-text';
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
  const { lang } = useI18n();
  const text = uncertaintyText(row, lang);
  if (text === '') return null;
  return (
    <span className="hint uncertainty" data-testid="uncertainty">
      {' '}
      <Icon name="warning" />
      {text}
    </span>
  );
}
