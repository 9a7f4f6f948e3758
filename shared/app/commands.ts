import type { CommandContext } from './command-types';
import { analysisCommands } from './analysis';
import { catalogueCommands } from './catalogue';
import { cycleCommands } from './cycle';
import { developmentAreasCommands } from './development-areas';
import { findingsCommands } from './findings';
import { importCommands } from './import';
import { indicatorCommands } from './indicator';
import { networkCommands } from './network';
import { notesCommands } from './notes';
import { partsCommands } from './parts';
import { peersCommands } from './peers';
import { reportsCommands } from './reports';
import { workspaceCommands } from './workspace';

/**
 * The core's one command map: the renderer (through `useCommand`), the CLI
 * and, later, the engine worker call the same handlers. Each capability file
 * owns its names; this file only merges them.
 */
export const commands = {
  ...importCommands,
  ...catalogueCommands,
  ...peersCommands,
  ...notesCommands,
  ...findingsCommands,
  ...partsCommands,
  ...developmentAreasCommands,
  ...analysisCommands,
  ...indicatorCommands,
  ...networkCommands,
  ...cycleCommands,
  ...reportsCommands,
  ...workspaceCommands,
};

export type Commands = typeof commands;
export type CommandName = keyof Commands;
export type CommandPayload<N extends CommandName> = Parameters<Commands[N]>[1];
export type CommandResult<N extends CommandName> = Awaited<ReturnType<Commands[N]>>;

/** Run one command by name: the single entry point every host uses. */
export function runCommand<N extends CommandName>(
  ctx: CommandContext,
  name: N,
  payload: CommandPayload<N>,
): Promise<CommandResult<N>> {
  const handler = commands[name] as (
    c: CommandContext,
    p: CommandPayload<N>,
  ) => Promise<CommandResult<N>>;
  return handler(ctx, payload);
}
