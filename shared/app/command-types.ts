import type { Db } from '../db/db';

/**
 * What every command gets from its host: the open workspace's engine and a
 * signal that says the caller no longer wants the answer (a newer revision,
 * an unmounted view). Moving the core into the engine worker later changes
 * only who builds this context, not the commands.
 */
export type CommandContext = Readonly<{
  db: Db;
  signal?: AbortSignal;
}>;

/** One capability of the core: `(ctx, payload) => result`, always async. */
export type CommandHandler<P, R> = (ctx: CommandContext, payload: P) => Promise<R>;

/** A capability file's map of named handlers, e.g. `{ 'notes.list': …, 'notes.save': … }`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- handler maps are typed by `satisfies` at each site
export type CommandMap = Readonly<Record<string, CommandHandler<any, any>>>;

/**
 * Whether a command changes the workspace (the caller must then refresh the
 * engine's revision so views re-run their queries). By convention a command
 * that changes data is named with a verb in its second part that is not
 * `list`, `get`, `read`, `compute` or `find`; the map says it explicitly.
 */
export type CommandKind = 'query' | 'mutation';

/** The payload of a command that needs none: call it with `{}` (a null payload tells `useCommand` not to run yet). */
export type NoPayload = Readonly<Record<string, never>>;
