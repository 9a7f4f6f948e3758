import type {
  ImportWorkerMessage,
  ImportWorkerRequest,
} from '../../shared/contract/import-worker-protocol';
import type { ImportOptions, ImportProgress, ParsedImport } from '../../shared/import/import-file';
import { AppError, fromErrorData } from '../../shared/util/app-error';

/** Time budget per file; a file that takes longer is refused and its worker killed. */
export const PARSE_TIME_BUDGET_MS = 120_000;

export function parseInWorker(
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions,
  onProgress: ImportProgress,
  signal?: AbortSignal,
): Promise<ParsedImport> {
  return new Promise((resolve, reject) => {
    const cancelled = () =>
      new AppError('import.cancelled', `Inläsningen av ${fileName} avbröts. Inget sparades.`, {
        file: fileName,
      });
    if (signal?.aborted) {
      reject(cancelled());
      return;
    }
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    const timer = setTimeout(() => {
      worker.terminate();
      reject(
        new AppError(
          'import.timeout',
          `Filen ${fileName} tog för lång tid att läsa (mer än ${PARSE_TIME_BUDGET_MS / 1000} s) och avbröts.`,
          { file: fileName },
        ),
      );
    }, PARSE_TIME_BUDGET_MS);
    const onAbort = () => {
      finish();
      reject(cancelled());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const finish = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
    };
    worker.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.progress);
      else if (message.type === 'done') {
        finish();
        resolve(message.parsed);
      } else {
        finish();
        reject(fromErrorData(message.error));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(
        new AppError('worker.crashed', `Importen av ${fileName} kraschade: ${event.message}`, {
          file: fileName,
        }),
      );
    };
    const request: ImportWorkerRequest = { fileName, bytes, options };
    worker.postMessage(request);
  });
}
