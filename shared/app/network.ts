import { APP_VERSION } from '../app-info';
import { saveNamedPeerSet } from '../analysis/peer-sets';
import { readNetworkFile, writeNetworkFile, NETWORK_FILE_EXTENSION } from '../network/network-file';
import type { NetworkScope } from '../network/network-item';
import {
  planNetworkMerge,
  settleNetworkMerge,
  type ConflictChoice,
  type MergePlan,
} from '../network/network-merge';
import { applyNetworkWrites, readNetworkItems } from '../network/network-store';
import type { CommandContext, CommandMap } from './command-types';

type Author = Readonly<{ unitCode: string; name: string }>;

export type NetworkImportPreview = Readonly<{
  author: Author;
  scope: NetworkScope;
  createdAt: string;
  items: number;
  plan: MergePlan;
}>;

export type NetworkImportResult = Readonly<{
  added: number;
  replaced: number;
  identical: number;
  keptLocal: number;
}>;

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'natverk';

/** The nätverksfil exchange (issue 20 item 3): export a scope, preview an import, apply it as settled. */
export const networkCommands = {
  /** Write the scope's notes, interpretations, stances and utvecklingsområden as a nätverksfil. */
  'network.exportFile': async (
    { db }: CommandContext,
    p: Readonly<{ scope: NetworkScope; author: Author; now?: string }>,
  ): Promise<Readonly<{ fileName: string; bytes: Uint8Array; items: number }>> => {
    const items = await readNetworkItems(db, p.scope);
    const createdAt = p.now ?? new Date().toISOString();
    // The network travels with its members, so a kommun that has not saved it yet gets it on import.
    const scope: NetworkScope =
      p.scope.kind === 'network'
        ? {
            ...p.scope,
            members: (
              await db.query<{ unit_code: string }>(
                'SELECT unit_code FROM peer_set_member WHERE peer_set_id = ? ORDER BY unit_code',
                [p.scope.peerSetId],
              )
            ).map((r) => r.unit_code),
          }
        : p.scope;
    const bytes = await writeNetworkFile({
      createdAt,
      appVersion: APP_VERSION,
      author: p.author,
      scope,
      items,
    });
    const name = p.scope.kind === 'network' ? p.scope.name : p.author.name;
    return {
      fileName: `${slug(name)}-${createdAt.slice(0, 10)}${NETWORK_FILE_EXTENSION}`,
      bytes,
      items: items.length,
    };
  },
  /** Read a nätverksfil and say what importing it would do; nothing is written. */
  'network.previewImport': async (
    { db }: CommandContext,
    p: Readonly<{ fileName: string; bytes: Uint8Array }>,
  ): Promise<NetworkImportPreview> => {
    const file = await readNetworkFile(p.bytes, p.fileName);
    return {
      author: file.author,
      scope: file.scope,
      createdAt: file.createdAt,
      items: file.items.length,
      plan: planNetworkMerge(await readNetworkItems(db, null), file.items),
    };
  },
  /**
   * Import a nätverksfil with the user's choice for every conflict: new
   * items are added, chosen ones replaced or kept both, all in one
   * transaction, each with where it came from. The plan is made again on the
   * workspace as it is now, so a choice never applies to a stale picture.
   */
  'network.applyImport': async (
    { db }: CommandContext,
    p: Readonly<{
      fileName: string;
      bytes: Uint8Array;
      choices: Readonly<Record<string, ConflictChoice>>;
      now?: string;
    }>,
  ): Promise<NetworkImportResult> => {
    const file = await readNetworkFile(p.bytes, p.fileName);
    const plan = planNetworkMerge(await readNetworkItems(db, null), file.items);
    const writes = settleNetworkMerge(plan, p.choices, {
      authorUnitCode: file.author.unitCode,
      fileCreatedAt: file.createdAt,
      fileChecksum: file.checksum,
      importedAt: p.now ?? new Date().toISOString(),
    });
    const network = file.scope.kind === 'network' ? file.scope : null;
    if (network?.members && network.members.length > 0) {
      const [known] = await db.query('SELECT 1 FROM peer_set WHERE peer_set_id = ?', [
        network.peerSetId,
      ]);
      if (!known)
        await saveNamedPeerSet(db, {
          peerSetId: network.peerSetId,
          name: network.name,
          members: network.members,
          definition: { source: 'nätverksfil', from: file.author.name, created: file.createdAt },
        });
    }
    await applyNetworkWrites(db, writes);
    return {
      added: writes.insert.length,
      replaced: writes.replace.length,
      identical: plan.identical.length,
      keptLocal:
        plan.conflicts.length - writes.replace.length - (writes.insert.length - plan.added.length),
    };
  },
} satisfies CommandMap;
