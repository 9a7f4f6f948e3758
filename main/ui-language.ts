import type { Lang } from '../shared/i18n/i18n';

/** The UI's language as the page last reported it ('app.setLanguage'); Swedish before it has. */
export type UiLanguage = Readonly<{ get: () => Lang; set: (lang: Lang) => void }>;

export function uiLanguage(initial: Lang = 'sv'): UiLanguage {
  let current = initial;
  return {
    get: () => current,
    set: (lang) => {
      current = lang;
    },
  };
}
