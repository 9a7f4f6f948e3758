import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../util/app-error';

/** A save that did not happen, in Swedish, naming the file; the previous file is untouched. */
export class SaveError extends AppError {
  override name = 'SaveError';
  constructor(
    message: string,
    /** The system's reason (ENOSPC, EACCES …), when it gave one. */
    readonly osCode: string | null,
  ) {
    super('save.failed', message, osCode === null ? {} : { reason: osCode });
  }
}

export function describeSaveError(error: unknown, file: string): SaveError {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? null;
  const name = path.basename(file);
  const kept = 'Den tidigare filen är orörd.';
  switch (code) {
    case 'ENOSPC':
    case 'EFBIG':
    case 'EDQUOT':
      return new SaveError(
        `${name} sparades inte: disken är full (eller filen för stor för målet). ${kept}`,
        code,
      );
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new SaveError(
        `${name} sparades inte: ingen skrivrätt i ${path.dirname(file)}. ${kept}`,
        code,
      );
    case 'ENOENT':
    case 'ENOTDIR':
      return new SaveError(`${name} sparades inte: mappen ${path.dirname(file)} finns inte.`, code);
    default:
      return new SaveError(
        `${name} sparades inte: ${(error as Error | null)?.message ?? String(error)}. ${kept}`,
        code,
      );
  }
}

/**
 * Write a temp file beside the target, fsync it, then rename over the target:
 * an interrupted write leaves the previous file intact. Failures become a
 * SaveError with a Swedish message.
 */
export async function writeFileAtomic(file: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeThroughTemp(file, bytes);
  } catch (error) {
    throw describeSaveError(error, file);
  }
}

async function writeThroughTemp(file: string, bytes: Uint8Array): Promise<void> {
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`,
  );
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
