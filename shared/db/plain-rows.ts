/**
 * Arrow rows → plain JS values that survive structured clone and JSON:
 * BIGINT becomes number when it is safe (counts), Date stays epoch ms.
 */
export function plainValue(value: unknown): unknown {
  if (typeof value === 'bigint') {
    const asNumber = Number(value);
    return Number.isSafeInteger(asNumber) ? asNumber : value.toString();
  }
  if (value instanceof Date) return value.getTime();
  // LIST columns arrive as Arrow vectors: plain arrays of plain values.
  if (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { toArray?: unknown }).toArray === 'function'
  ) {
    return Array.from((value as { toArray(): Iterable<unknown> }).toArray(), plainValue);
  }
  return value;
}

export type ArrowRowLike = { toJSON(): Record<string, unknown> };

export function plainRows<T>(rows: Iterable<ArrowRowLike | null>): T[] {
  const out: T[] = [];
  for (const row of rows) {
    if (row === null) continue;
    const json = row.toJSON();
    const plain: Record<string, unknown> = {};
    for (const key of Object.keys(json)) plain[key] = plainValue(json[key]);
    out.push(plain as T);
  }
  return out;
}
