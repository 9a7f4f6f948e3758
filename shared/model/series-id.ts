import { slug } from '../import/text-normalize';

/** One id per series, the same for demo data and imports: the area plus the published code, else the title. */
export function seriesIdFor(area: string, code: string | null, title: string): string {
  return `${area}:${code ? slug(code, 40) : slug(title, 80)}`;
}
