/**
 * Liknande kommuner: the k nearest kommuner on chosen variables, each
 * standardised to z-scores across all kommuner with a value, with editable
 * weights. Every neighbour carries why it was chosen: its distance and each
 * variable's contribution to it.
 */
export type SimilarUnit = Readonly<{
  unitCode: string;
  distance: number;
  /** Per variable: weight × (z_peer − z_home)², summing to distance². */
  contributions: readonly number[];
}>;

export function nearestNeighbours(
  home: string,
  values: ReadonlyMap<string, readonly (number | null)[]>,
  weights: readonly number[],
  k = 7,
): SimilarUnit[] {
  const homeValues = values.get(home);
  if (!homeValues) throw new Error(`Hemkommunen ${home} saknar värden för de valda variablerna.`);
  const variables = weights.length;
  const stats = Array.from({ length: variables }, (_, v) => {
    const xs = [...values.values()]
      .map((row) => row[v])
      .filter((x): x is number => x !== null && x !== undefined);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    return { mean, sd };
  });
  const z = (x: number, v: number) =>
    stats[v]!.sd === 0 ? 0 : (x - stats[v]!.mean) / stats[v]!.sd;
  const out: SimilarUnit[] = [];
  for (const [unitCode, row] of values) {
    if (unitCode === home) continue;
    // A kommun missing any chosen variable (or the home's) cannot be placed fairly: left out.
    if (row.some((x, v) => (x === null || homeValues[v] === null) && weights[v]! > 0)) continue;
    const contributions = weights.map((w, v) =>
      w === 0 ? 0 : w * (z(row[v]!, v) - z(homeValues[v]!, v)) ** 2,
    );
    out.push({
      unitCode,
      distance: Math.sqrt(contributions.reduce((a, b) => a + b, 0)),
      contributions,
    });
  }
  return out
    .sort((a, b) => a.distance - b.distance || a.unitCode.localeCompare(b.unitCode))
    .slice(0, k);
}
