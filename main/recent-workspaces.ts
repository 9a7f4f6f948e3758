import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { RecentWorkspace } from '../shared/contract/host-api';
import { writeFileAtomic } from '../shared/platform/node/atomic-write';

type Entry = RecentWorkspace & { path: string };
const MAX = 10;

/** Recent workspace files, kept in the app's data folder. Paths never reach the renderer. */
export class RecentWorkspaces {
  constructor(private readonly file: string) {}

  async list(): Promise<Entry[]> {
    try {
      const parsed: unknown = JSON.parse(await readFile(this.file, 'utf8'));
      return Array.isArray(parsed) ? (parsed as Entry[]) : [];
    } catch {
      return [];
    }
  }

  async remember(filePath: string): Promise<Entry> {
    const existing = await this.list();
    const previous = existing.find((e) => e.path === filePath);
    const entry: Entry = {
      id: previous?.id ?? randomUUID(),
      name: path.basename(filePath),
      path: filePath,
      savedAt: new Date().toISOString(),
    };
    const next = [entry, ...existing.filter((e) => e.path !== filePath)].slice(0, MAX);
    await writeFileAtomic(this.file, new TextEncoder().encode(JSON.stringify(next, null, 2)));
    return entry;
  }

  async find(id: string): Promise<Entry | undefined> {
    return (await this.list()).find((e) => e.id === id);
  }
}
