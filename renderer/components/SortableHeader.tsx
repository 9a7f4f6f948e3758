import type { Dispatch, SetStateAction } from 'react';

export type SortState<K extends string> = Readonly<{ key: K; desc: boolean }>;

/** A column header that sorts its table: a first click ascending, the next descending; aria-sort says which. */
export function SortableHeader<K extends string>({
  sortKey,
  label,
  numeric = false,
  sort,
  setSort,
}: Readonly<{
  sortKey: K;
  label: string;
  numeric?: boolean;
  sort: SortState<K>;
  setSort: Dispatch<SetStateAction<SortState<K>>>;
}>) {
  const active = sort.key === sortKey;
  return (
    <th
      scope="col"
      className={numeric ? 'num' : undefined}
      aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'}
    >
      <button
        type="button"
        className="sort"
        onClick={() =>
          setSort((s) => ({ key: sortKey, desc: s.key === sortKey ? !s.desc : false }))
        }
      >
        {label}
        <span aria-hidden="true">{active ? (sort.desc ? ' ▾' : ' ▴') : ''}</span>
      </button>
    </th>
  );
}
