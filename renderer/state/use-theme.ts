import { useCallback, useEffect, useState } from 'react';

export type Theme = 'standard' | 'high-contrast';
const THEME_KEY = 'oj.theme';

function stored(): Theme {
  try {
    return localStorage.getItem(THEME_KEY) === 'high-contrast' ? 'high-contrast' : 'standard';
  } catch {
    return 'standard';
  }
}

/** The display theme: standard or high contrast (black on white, heavy borders and focus), kept between sessions. */
export function useTheme(): [Theme, (next: Theme) => void] {
  const [theme, setThemeState] = useState<Theme>(stored);
  useEffect(() => {
    document.documentElement.dataset['theme'] = theme;
  }, [theme]);
  const setTheme = useCallback((next: Theme) => {
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      /* private mode: the choice lasts this session */
    }
    setThemeState(next);
  }, []);
  return [theme, setTheme];
}
