import type { ReactNode } from 'react';
import { diagnosticText } from '../../../shared/i18n/diagnostic-text';
import type { StoredDiagnostic } from '../../../shared/import/import-batch';
import { useI18n } from '../../state/i18n-context';
import { cellList, groupDiagnostics, timesText } from './report-text';

type Props = Readonly<{
  summary: (count: number) => ReactNode;
  items: readonly StoredDiagnostic[];
  open: boolean;
  testId: string;
}>;

/** Diagnostics grouped by kind, each with a count and its first cells; every one once. */
export function WarningGroups({ summary, items, open, testId }: Props) {
  const { t, lang, num } = useI18n();
  if (items.length === 0) return null;
  const groups = groupDiagnostics(items, lang);
  const count = groups.reduce((sum, g) => sum + g.items.length, 0);
  return (
    <details open={open} data-testid={testId}>
      <summary>{summary(count)}</summary>
      <ul className="diagnostics">
        {groups.slice(0, 50).map((g) => (
          <li key={g.key}>
            {g.sheet && <code>{g.sheet}</code>} {g.title}{' '}
            <span className="hint">
              ({timesText(t, num, g.items.length)}
              {g.cells.length > 0 && `; ${t('import.groupCells', { cells: cellList(g.cells) })}`})
            </span>
            {g.items.length > 1 && g.cells.length > 5 && (
              <details>
                <summary>{t('import.groupAll', { count: num(g.items.length) })}</summary>
                <ul>
                  {g.items.slice(0, 200).map((d, i) => (
                    <li key={i}>
                      {(d.cell || g.sheet === null) && (
                        <code>
                          {g.sheet === null && d.sheet ? `${d.sheet}${d.cell ? '!' : ''}` : ''}
                          {d.cell}
                        </code>
                      )}{' '}
                      {diagnosticText(d, lang)}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
