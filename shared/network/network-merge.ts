import { itemContentKey, type NetworkItem } from './network-item';

/** Where an imported item came from: kept beside it so the network can see whose words it is. */
export type Provenance = Readonly<{
  authorUnitCode: string;
  fileCreatedAt: string;
  fileChecksum: string;
  importedAt: string;
}>;

export type MergeConflict = Readonly<{ local: NetworkItem; incoming: NetworkItem }>;

/**
 * What importing a nätverksfil would do, before anything is written: new
 * items are added, items the workspace already has word for word are left
 * alone, and items that differ are conflicts the user settles one by one.
 */
export type MergePlan = Readonly<{
  added: readonly NetworkItem[];
  identical: readonly NetworkItem[];
  conflicts: readonly MergeConflict[];
  /** Every id the workspace holds, so a kept-both copy never takes one of them. */
  localIds: readonly string[];
}>;

export function planNetworkMerge(
  local: readonly NetworkItem[],
  incoming: readonly NetworkItem[],
): MergePlan {
  const byId = new Map(local.map((item) => [item.id, item]));
  const added: NetworkItem[] = [];
  const identical: NetworkItem[] = [];
  const conflicts: MergeConflict[] = [];
  for (const item of incoming) {
    const mine = byId.get(item.id);
    if (!mine) added.push(item);
    else if (itemContentKey(mine) === itemContentKey(item)) identical.push(item);
    else conflicts.push({ local: mine, incoming: item });
  }
  return { added, identical, conflicts, localIds: local.map((item) => item.id) };
}

/** How the user settled one conflict: keep ours, take theirs, or keep both side by side. */
export const CONFLICT_CHOICES = ['keep_local', 'take_incoming', 'keep_both'] as const;
export type ConflictChoice = (typeof CONFLICT_CHOICES)[number];

export type MergeWrites = Readonly<{
  /** New rows, each with where it came from. */
  insert: readonly Readonly<{ item: NetworkItem; provenance: Provenance }>[];
  /** Rows replaced by the incoming version because the user chose so. */
  replace: readonly Readonly<{ item: NetworkItem; provenance: Provenance }>[];
}>;

/**
 * The writes a settled plan makes. Every conflict needs an explicit choice —
 * a missing one refuses the whole merge, so nothing is overwritten silently.
 * "Keep both" adds the incoming version under an id of its own that says
 * whose it is, and keeps ours untouched.
 */
export function settleNetworkMerge(
  plan: MergePlan,
  choices: Readonly<Record<string, ConflictChoice>>,
  provenance: Provenance,
): MergeWrites {
  const insert = plan.added.map((item) => ({ item, provenance }));
  const replace: { item: NetworkItem; provenance: Provenance }[] = [];
  const taken = new Set([...plan.localIds, ...plan.added.map((i) => i.id)]);
  for (const { incoming } of plan.conflicts) {
    const choice = choices[incoming.id];
    if (!choice)
      throw new Error(
        `Välj vad som ska gälla för "${incoming.title ?? incoming.text.slice(0, 40)}".`,
      );
    if (choice === 'take_incoming') replace.push({ item: incoming, provenance });
    else if (choice === 'keep_both') {
      let id = `${incoming.id}.${incoming.authorUnitCode}`;
      for (let n = 2; taken.has(id); n += 1) id = `${incoming.id}.${incoming.authorUnitCode}-${n}`;
      taken.add(id);
      insert.push({ item: { ...incoming, id }, provenance });
    }
  }
  return { insert, replace };
}
