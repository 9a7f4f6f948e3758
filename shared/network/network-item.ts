import type { Stance } from '../model/stance';

/**
 * What a network of kommuner shares offline (issue 20 items 2–3): notes,
 * interpretations of how an indicator question is answered, stances on reds
 * and utvecklingsområden — never data values. One item keeps its id across
 * every workspace it travels to, so a second exchange recognises it.
 */
export const NETWORK_ITEM_KINDS = ['annotation', 'interpretation', 'development_area'] as const;
export type NetworkItemKind = (typeof NETWORK_ITEM_KINDS)[number];

/** Whom an item belongs to: one kommun's own, or a saved network (a named peer set). */
export type NetworkScope =
  | Readonly<{ kind: 'kommun'; unitCode: string }>
  | Readonly<{
      kind: 'network';
      peerSetId: string;
      name: string;
      /** The members' unit codes — only on the file's own scope, so a receiver without the network gets it. */
      members?: readonly string[];
    }>;

export type NetworkItem = Readonly<{
  id: string;
  kind: NetworkItemKind;
  scope: NetworkScope;
  /** The unit the item is about (a note on Solna); null for an interpretation of the question itself. */
  unitCode: string | null;
  /** The series the item concerns; an utvecklingsområde lists its series in `seriesIds`. */
  seriesId: string | null;
  seriesIds: readonly string[];
  year: number | null;
  /** An utvecklingsområde's title; null for notes. */
  title: string | null;
  text: string;
  stance: Stance | null;
  /** An utvecklingsområde's status code and target; null for notes. */
  status: string | null;
  target: string | null;
  /** The kommun that wrote the item (unit code) and when it last changed it (ISO 8601). */
  authorUnitCode: string;
  updatedAt: string;
}>;

/** The fields that make two versions of one item the same; who and when do not. */
export const CONTENT_FIELDS = [
  'kind',
  'scope',
  'unitCode',
  'seriesId',
  'seriesIds',
  'year',
  'title',
  'text',
  'stance',
  'status',
  'target',
] as const satisfies readonly (keyof NetworkItem)[];

/** JSON with object keys in sorted order: the same content always gives the same text (checksums, comparison). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The item's content in canonical form: equal strings ⇔ the same note, whoever sent it when. */
export function itemContentKey(item: NetworkItem): string {
  return canonicalJson(Object.fromEntries(CONTENT_FIELDS.map((f) => [f, item[f]])));
}
