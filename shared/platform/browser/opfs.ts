/**
 * Origin-private file system: the web host's copy of saved workspaces so
 * "Senaste" can reopen them. Best-effort storage — the downloaded file is
 * the durable copy (TECH-NOTES).
 */
const DIR = 'workspaces';

async function workspaceDir(): Promise<FileSystemDirectoryHandle | null> {
  if (!('storage' in navigator) || typeof navigator.storage.getDirectory !== 'function')
    return null;
  const root = await navigator.storage.getDirectory();
  return root.getDirectoryHandle(DIR, { create: true });
}

export async function opfsWrite(id: string, bytes: Uint8Array): Promise<boolean> {
  try {
    const dir = await workspaceDir();
    if (!dir) return false;
    const handle = await dir.getFileHandle(id, { create: true });
    const writable = await handle.createWritable();
    await writable.write(bytes.slice());
    await writable.close();
    return true;
  } catch {
    return false;
  }
}

export async function opfsRead(id: string): Promise<Uint8Array | null> {
  try {
    const dir = await workspaceDir();
    if (!dir) return null;
    const file = await (await dir.getFileHandle(id)).getFile();
    return new Uint8Array(await file.arrayBuffer());
  } catch {
    return null;
  }
}
