import { AppError, type ErrorData } from '../../shared/util/app-error';
import type { ZipFiles } from '../../shared/workspace/workspace-file';

export type ZipWorkerRequest = Readonly<{ files: ZipFiles; level: 0 | 1 | 6 | 9 }>;
export type ZipWorkerReply = Readonly<
  { ok: true; bytes: Uint8Array } | { ok: false; error: ErrorData }
>;

/**
 * Zip in a worker of its own, so saving and autosaving a large workspace never
 * freezes the window. The entries are transferred, not copied: the caller must
 * not use them afterwards (writeWorkspace builds them for this one call).
 */
export function zipInWorker(
  files: ZipFiles,
  level: ZipWorkerRequest['level'],
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./zip-worker.ts', import.meta.url), { type: 'module' });
    const done = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<ZipWorkerReply>) => {
      done();
      if (event.data.ok) resolve(event.data.bytes);
      else
        reject(
          new AppError(
            'workspace.pack_failed',
            `Arbetsytan kunde inte packas: ${event.data.error.message}`,
          ),
        );
    };
    worker.onerror = (event) => {
      done();
      reject(
        new AppError('workspace.pack_failed', `Arbetsytan kunde inte packas: ${event.message}`),
      );
    };
    const request: ZipWorkerRequest = { files, level };
    // Each buffer once: two entries may be views of the same one.
    worker.postMessage(request, [
      ...new Set(Object.values(files).map((bytes) => bytes.buffer as ArrayBuffer)),
    ]);
  });
}
