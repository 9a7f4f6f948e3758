import { opfsRead, opfsWrite } from '../../shared/platform/browser/opfs';

/**
 * Autosave to the origin-private file system (the app data folder of the
 * browser or Electron). The marker says whether the autosave holds work that
 * was never saved to a file — then the next start offers to recover it.
 */
const MARKER = 'oj-analys.autosave';
const FILE = 'autosave';

export type AutosaveMarker = Readonly<{ savedAt: string; dirty: boolean; name: string | null }>;

export function readMarker(): AutosaveMarker | null {
  try {
    const parsed = JSON.parse(localStorage.getItem(MARKER) ?? 'null') as AutosaveMarker | null;
    return parsed && typeof parsed.savedAt === 'string' ? parsed : null;
  } catch {
    return null;
  }
}

export async function autosave(bytes: Uint8Array, name: string | null): Promise<void> {
  if (await opfsWrite(FILE, bytes))
    localStorage.setItem(
      MARKER,
      JSON.stringify({ savedAt: new Date().toISOString(), dirty: true, name }),
    );
}

/** After an explicit save to a file, or when the user discards the autosave. */
export function markClean(): void {
  const marker = readMarker();
  if (marker) localStorage.setItem(MARKER, JSON.stringify({ ...marker, dirty: false }));
}

export function readAutosave(): Promise<Uint8Array | null> {
  return opfsRead(FILE);
}
