import { describe, expect, it } from 'vitest';
import { settleUnsaved, type UnsavedChoice } from '../../../shared/workspace/unsaved-guard';

/** Runs settleUnsaved with a fixed answer and save outcome; records what was asked and saved. */
async function settle(dirty: boolean, choice: UnsavedChoice, savedAs: string | null) {
  const calls: string[] = [];
  const proceed = await settleUnsaved(
    dirty,
    async () => {
      calls.push('ask');
      return choice;
    },
    async () => {
      calls.push('save');
      return savedAs;
    },
  );
  return { proceed, calls };
}

describe('settleUnsaved', () => {
  it('goes on without asking when nothing is unsaved', async () => {
    expect(await settle(false, 'cancel', null)).toEqual({ proceed: true, calls: [] });
  });
  it('Avbryt stops and saves nothing', async () => {
    expect(await settle(true, 'cancel', 'a.ojanalys')).toEqual({ proceed: false, calls: ['ask'] });
  });
  it('Spara inte goes on without saving', async () => {
    expect(await settle(true, 'discard', 'a.ojanalys')).toEqual({ proceed: true, calls: ['ask'] });
  });
  it('Spara saves, then goes on', async () => {
    expect(await settle(true, 'save', 'a.ojanalys')).toEqual({
      proceed: true,
      calls: ['ask', 'save'],
    });
  });
  it('Spara whose save dialog is cancelled keeps everything', async () => {
    expect(await settle(true, 'save', null)).toEqual({ proceed: false, calls: ['ask', 'save'] });
  });
});
