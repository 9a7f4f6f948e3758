/** A problem with a workspace file the user can act on; the message is Swedish and shown as is. */
export class WorkspaceError extends Error {
  override readonly name = 'WorkspaceError';
}
