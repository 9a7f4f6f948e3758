import {
  Bool,
  Float64,
  Int32,
  Table,
  TimestampMillisecond,
  Utf8,
  tableToIPC,
  vectorFromArray,
  type DataType,
} from 'apache-arrow';

export type ColumnType = 'string' | 'int' | 'double' | 'bool' | 'timestamp';
export type ColumnSpec = Readonly<{ name: string; type: ColumnType }>;

const arrowType = (type: ColumnType): DataType => {
  switch (type) {
    case 'string':
      return new Utf8();
    case 'int':
      return new Int32();
    case 'double':
      return new Float64();
    case 'bool':
      return new Bool();
    case 'timestamp':
      return new TimestampMillisecond();
  }
};

/**
 * Plain rows → an Arrow IPC stream with explicit column types (never
 * inferred: a string column inferred by arrow becomes a dictionary, and an
 * all-null column has no type at all).
 */
export function rowsToArrowIpc(
  columns: readonly ColumnSpec[],
  rows: readonly Readonly<Record<string, unknown>>[],
): Uint8Array {
  const vectors = Object.fromEntries(
    columns.map((c) => [
      c.name,
      vectorFromArray(
        rows.map((r) => (r[c.name] === undefined ? null : r[c.name])),
        arrowType(c.type),
      ),
    ]),
  );
  return tableToIPC(new Table(vectors), 'stream');
}
