export type Stats = Readonly<{ runs: number; medianMs: number; p95Ms: number; minMs: number }>;

export async function timeRuns(
  runs: number,
  work: () => Promise<unknown> | unknown,
): Promise<Stats> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await work();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { runs, medianMs: round(at(0.5)), p95Ms: round(at(0.95)), minMs: round(times[0]!) };
}

export const round = (x: number) => Math.round(x * 10) / 10;

/** Peak RSS while `work` runs, sampled every 20 ms. */
export async function withPeakRss<T>(
  work: () => Promise<T>,
): Promise<{ result: T; peakRssMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peakRssMb: Math.round(peak / 1024 ** 2) };
  } finally {
    clearInterval(timer);
  }
}
