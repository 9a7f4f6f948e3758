/** A tiny inline trend (SVG), with its numbers as the accessible name: never the only way to read them. */
export function Sparkline({
  values,
  label,
}: Readonly<{ values: readonly (number | null)[]; label: string }>) {
  const nums = values.filter((v): v is number => v !== null);
  if (nums.length < 2) return <span aria-label={label}>–</span>;
  const lo = Math.min(...nums);
  const hi = Math.max(...nums);
  const w = 72;
  const h = 20;
  const x = (i: number) => (values.length === 1 ? w / 2 : (i / (values.length - 1)) * (w - 4) + 2);
  const y = (v: number) => (hi === lo ? h / 2 : h - 2 - ((v - lo) / (hi - lo)) * (h - 4));
  const points = values
    .map((v, i) => (v === null ? null : `${x(i).toFixed(1)},${y(v).toFixed(1)}`))
    .filter(Boolean)
    .join(' ');
  const last = values.length - 1;
  return (
    <svg width={w} height={h} role="img" aria-label={label} className="sparkline">
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="1.5" />
      {values[last] !== null && values[last] !== undefined && (
        <circle cx={x(last)} cy={y(values[last]!)} r="2.5" fill="currentColor" />
      )}
    </svg>
  );
}
