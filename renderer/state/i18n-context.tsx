import { host } from '../host/current-host';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import {
  formatNumber,
  isLang,
  translate,
  translateCount,
  type Lang,
  type MessageKey,
  type PluralBase,
} from '../../shared/i18n/i18n';

type I18n = Readonly<{
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;
  /** A count with its noun in the right form ("1 indikator", "2 indikatorer"). */
  tn: (
    base: PluralBase,
    count: number,
    params?: Readonly<Record<string, string | number>>,
  ) => string;
  num: (value: number, digits?: number) => string;
}>;

const LANG_KEY = 'oj-analys.lang';
const I18nContext = createContext<I18n | null>(null);

function initialLang(): Lang {
  const saved = localStorage.getItem(LANG_KEY);
  return isLang(saved) ? saved : 'sv';
}

export function I18nProvider({ children }: Readonly<{ children: ReactNode }>) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
    // The host words its menus and dialogs in the same language (Electron; the web host has none).
    host.invoke('app.setLanguage', { lang }).catch(() => undefined);
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(LANG_KEY, next);
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (key, params) => translate(lang, key, params),
      tn: (base, count, params) => translateCount(lang, base, count, params),
      num: (value, digits) => formatNumber(lang, value, digits),
    }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
