import { readSetting, writeSetting } from '../workspace/settings';
import type { CommandContext, CommandMap } from './command-types';

const anyValue = (_v: unknown): _v is unknown => true;

/** Commands of this capability: `'workspace.<verb>': (ctx, payload) => result`. */
export const workspaceCommands = {
  /** A setting saved in the workspace (JSON; null when there is none); the caller checks its shape. */
  'workspace.setting': async (
    { db }: CommandContext,
    p: Readonly<{ key: string }>,
  ): Promise<Readonly<{ value: unknown }>> => ({ value: await readSetting(db, p.key, anyValue) }),
  /** Save a setting in the workspace, so whoever opens the file starts from it. */
  'workspace.saveSetting': (
    { db }: CommandContext,
    p: Readonly<{ key: string; value: unknown }>,
  ): Promise<void> => writeSetting(db, p.key, p.value),
} satisfies CommandMap;
