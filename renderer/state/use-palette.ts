import { useState } from 'react';
import type { Palette } from '../components/standing-style';

const PALETTE_KEY = 'oj-analys.palette';

/** The chosen colour scheme, remembered between sessions and read the same way by every view. */
export function usePalette(): [Palette, (palette: Palette) => void] {
  const [palette, setPalette] = useState<Palette>(
    () => (localStorage.getItem(PALETTE_KEY) as Palette | null) ?? 'default',
  );
  return [
    palette,
    (next) => {
      localStorage.setItem(PALETTE_KEY, next);
      setPalette(next);
    },
  ];
}
