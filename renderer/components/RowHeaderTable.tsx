/**
 * A plain table of text whose first cell in each row is that row's header
 * (scope="row"): the report view and the presentation's table slides lay
 * out the same report tables with it, each with its own class.
 */
export function RowHeaderTable({
  head,
  rows,
  className,
}: Readonly<{ head: readonly string[]; rows: readonly (readonly string[])[]; className: string }>) {
  return (
    <table className={className}>
      <thead>
        <tr>
          {head.map((h, i) => (
            <th key={i} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            {r.map((c, j) =>
              j === 0 ? (
                <th key={j} scope="row">
                  {c}
                </th>
              ) : (
                <td key={j}>{c}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
