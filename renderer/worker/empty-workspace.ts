import { EMPTY_WORKSPACE_ASSET } from '../../shared/workspace/new-workspace';

let fetched: Promise<ArrayBuffer | null> | null = null;

/**
 * The prebuilt empty workspace (vite.config.ts), fetched once while the engine compiles; a new
 * copy for every engine (an engine takes ownership of its buffer). Null when it is not there
 * (e.g. the dev server before a build): the workspace is then built in the page.
 */
export function emptyWorkspaceFile(): Promise<Uint8Array | null> {
  fetched ??= fetch(new URL(EMPTY_WORKSPACE_ASSET, document.baseURI))
    .then((response) => (response.ok ? response.arrayBuffer() : null))
    .catch(() => null);
  return fetched.then((buffer) => buffer && new Uint8Array(buffer.slice(0)));
}
