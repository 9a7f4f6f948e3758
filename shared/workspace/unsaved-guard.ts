/** What the user answered to "Spara ändringarna i …?". */
export type UnsavedChoice = 'save' | 'discard' | 'cancel';

/**
 * Before work is replaced or the window closes: with nothing unsaved, go on;
 * otherwise ask. Spara saves and goes on only when the save went through
 * (a cancelled save dialog keeps everything), Spara inte goes on, Avbryt stops.
 * Returns whether the caller may go on.
 */
export async function settleUnsaved(
  dirty: boolean,
  ask: () => Promise<UnsavedChoice>,
  save: () => Promise<string | null>,
): Promise<boolean> {
  if (!dirty) return true;
  const choice = await ask();
  if (choice === 'cancel') return false;
  if (choice === 'discard') return true;
  return (await save()) !== null;
}
