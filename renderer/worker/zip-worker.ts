/// <reference lib="webworker" />
import { zipSync } from 'fflate';
import { toErrorData } from '../../shared/util/app-error';
import type { ZipWorkerReply, ZipWorkerRequest } from './zip-in-worker';

// Deflating a full workspace (300+ MB of Arrow) takes seconds: here, not on the UI thread.
self.onmessage = (event: MessageEvent<ZipWorkerRequest>) => {
  const post = (reply: ZipWorkerReply, transfer: Transferable[] = []) =>
    (self as unknown as { postMessage(m: ZipWorkerReply, t: Transferable[]): void }).postMessage(
      reply,
      transfer,
    );
  try {
    const bytes = zipSync(event.data.files, { level: event.data.level });
    post({ ok: true, bytes }, [bytes.buffer]);
  } catch (error) {
    post({ ok: false, error: toErrorData(error) });
  }
};
