/// <reference lib="webworker" />
import type {
  ImportWorkerMessage,
  ImportWorkerRequest,
} from '../../shared/contract/import-worker-protocol';
import { parseImportFile } from '../../shared/import/import-file';
import { toErrorData } from '../../shared/util/app-error';

// Parsing happens here, off the UI thread; the page kills this worker when a file takes too long.
const post = (message: ImportWorkerMessage) =>
  (self as unknown as { postMessage(m: ImportWorkerMessage): void }).postMessage(message);

self.onmessage = (event: MessageEvent<ImportWorkerRequest>) => {
  const { fileName, bytes, options } = event.data;
  parseImportFile(fileName, bytes, options, (progress) =>
    post({ type: 'progress', progress }),
  ).then(
    (parsed) => post({ type: 'done', parsed }),
    (error: unknown) => post({ type: 'error', error: toErrorData(error) }),
  );
};
