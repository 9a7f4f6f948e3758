import { describe, expect, it } from 'vitest';
import { en } from '../../../shared/i18n/en';
import { sv } from '../../../shared/i18n/sv';

/**
 * Issue 18 item 2: one catalogue per language with the same keys, no empty
 * text, and the same {placeholders} in both — an English text that drops
 * {file} or {cell} would hide where a problem is.
 */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('the sv and en catalogues', () => {
  it('have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
  });

  it('have no empty or blank text', () => {
    const blank = (c: Record<string, string>) =>
      Object.entries(c)
        .filter(([, text]) => text.trim() === '')
        .map(([key]) => key);
    expect(blank(sv)).toEqual([]);
    expect(blank(en)).toEqual([]);
  });

  it('use the same placeholders for each key', () => {
    const differ = (Object.keys(sv) as (keyof typeof sv)[]).filter(
      (key) => placeholders(sv[key]).join() !== placeholders(en[key]).join(),
    );
    // The colour-direction warning quotes the file's colour evidence as Swedish prose ({reason});
    // English gives the same evidence as numbers ({share} % of {pairs} pairs) instead.
    expect(differ).toEqual([
      'diagnostic.direction_colours_disagree_high',
      'diagnostic.direction_colours_disagree_low',
    ]);
  });
});
