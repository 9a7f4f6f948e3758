import type { Diagnostic } from '../../../shared/import/import-batch';

/** Import diagnostics with where they happened (sheet!cell); long lists are cut at 200 rows. */
export function DiagnosticList({ summary, items, open }: Readonly<{ summary: string; items: readonly Diagnostic[]; open: boolean }>) {
  if (items.length === 0) return null;
  return (
    <details open={open}>
      <summary>{summary}</summary>
      <ul className="diagnostics">
        {items.slice(0, 200).map((d, i) => (
          <li key={i}>
            {d.sheet && <code>{d.sheet}{d.cell ? `!${d.cell}` : ''}</code>} {d.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
