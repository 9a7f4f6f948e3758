import { AppError, type ErrorCode, type ErrorParams } from '../util/app-error';

/** A problem with a workspace file the user can act on; the message is Swedish and shown as is. */
export class WorkspaceError extends AppError {
  override name = 'WorkspaceError';
  constructor(code: ErrorCode, message: string, params: ErrorParams = {}) {
    super(code, message, params);
  }
}
