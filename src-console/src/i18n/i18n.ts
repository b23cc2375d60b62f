/**
 * i18next for the console. Every `*.zh-CN.json` / `*.en.json` under src/ is merged, so a page
 * brings its own texts without editing a shared file; so are the app's code lists and the
 * statistics export's texts, so a code reads the same in the app, the console and the workbook.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { mergeLocaleTrees, type LocaleTree } from '../../../src-shared/localeTrees';

export type ConsoleLocale = 'zh-CN' | 'en';
const LOCALE_KEY = 'jianhu-console-locale';

const zh = import.meta.glob<LocaleTree>(
  [
    '../**/*.zh-CN.json',
    '../../../src-renderer/src/i18n/codes.zh-CN.json',
    '../../../src-shared/export/i18n/actionStatistics.zh-CN.json',
    // The 台账 reader's file refusals (empty, too large, merged header) are the lead sheet's too.
    '../../../src-shared/ledger/i18n/ledger.zh-CN.json',
  ],
  { eager: true, import: 'default' },
);
const en = import.meta.glob<LocaleTree>(
  [
    '../**/*.en.json',
    '../../../src-renderer/src/i18n/codes.en.json',
    '../../../src-shared/export/i18n/actionStatistics.en.json',
    '../../../src-shared/ledger/i18n/ledger.en.json',
  ],
  { eager: true, import: 'default' },
);

/** In path order, so which file wins a clash does not depend on how the bundler lists them. */
function merged(files: Record<string, LocaleTree>): LocaleTree {
  return mergeLocaleTrees(
    ...Object.entries(files)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([, tree]) => tree),
  );
}

/** Every console text: its own files, the code lists and the export's texts, deeply merged. */
export const consoleResources = {
  'zh-CN': { translation: merged(zh) },
  en: { translation: merged(en) },
};

export function readLocale(): ConsoleLocale {
  return localStorage.getItem(LOCALE_KEY) === 'en' ? 'en' : 'zh-CN';
}

export function setLocale(locale: ConsoleLocale): void {
  localStorage.setItem(LOCALE_KEY, locale);
  document.documentElement.lang = locale;
  void i18next.changeLanguage(locale);
}

export function initI18n(locale: ConsoleLocale): void {
  document.documentElement.lang = locale;
  void i18next.use(initReactI18next).init({
    lng: locale,
    fallbackLng: 'zh-CN',
    resources: consoleResources,
    interpolation: { escapeValue: false },
  });
}
